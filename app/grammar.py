"""Three rules of German word order that a small tagger does not see, applied to
the token columns of :mod:`app.analysis` (no Qt, no spaCy).

Separable verbs: "Die Regierung kündigte neue Hilfen an" -> ankündigen.
In a German main clause a separable verb is split: the finite stem stands in
second place, its particle closes the clause ("kündigte … an", "teilte … mit",
"setzte sich … durch"). A reader who looks up "kündigte" alone gets "to give
notice"; the verb meant is "ankündigen", to announce. :func:`join_separable_verbs`
finds such pairs and gives both the verb and its particle the joined lemma,
when German knows that verb (simplemma's word list):

- a particle ("an", "auf", "mit", "zurück", "fest", …) closes a clause: the
  next token is punctuation, a coordinating conjunction or the sentence end;
- walking back inside the sentence, the nearest verb that is not itself at the
  end of a clause (a verb directly before a comma ends a subordinate clause:
  "das auf dem Tisch lag,") and not a participle is its stem; an auxiliary
  ("hat … vor") is tried and ends the search; a verb whose joined form is
  unknown lets the search go on;
- particle + the verb's lemma must be a known German verb ("vorhaben",
  "ankündigen"; not "gegenübersagen" for "sagte … gegenüber");
- the second half of a circumposition is no particle ("arbeiten von zu Hause
  aus", "von Anfang an").

Verb frames: "Er gilt als reich" is "gelten als" (to be reputed), "es geht um
Geld" is "um etw. gehen" (to be about), "sie setzte sich durch" is "sich
durchsetzen" (to prevail). :func:`clause_frame` names the prepositions, "als"
and "sich" in a verb's clause, so that the dictionary can prefer the headword
with that frame.

Degree adverbs before numbers: "rund zwölf Prozent", "knapp 300 Euro". An
adjective directly before a noun is inflected; an uninflected one before a
numeral modifies the number and is an adverb (around, just under), which
:func:`retag_degree_adverbs` makes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, MutableSequence, Sequence
from typing import TYPE_CHECKING

from app.core.tokens import title_comma
from app.lexicon.words import (
    ATTRIBUTIVE_ENDINGS,
    CONTRACTIONS,
    is_common_noun,
    is_given_name,
    is_place,
)

if TYPE_CHECKING:
    from app.core.tokens import TokenTable

#: Adjectives that are first parts of separable verbs ("legt … lahm": lahmlegen, "geht
#: schief": schiefgehen, "stellte … sicher"). No verb form is spelt like them, so a
#: tag VERB on one is the tagger's guess, not a verb of its own. Not "gut"/"schlecht":
#: clause-final they are mostly the manner of the verb ("macht das gut", not gutmachen);
#: nor "krank": "macht die Pendler krank" would be Ding's "krankmachen :: to skive off".
ADJECTIVE_PARTICLES = frozenset(
    {
        "kaputt",
        "lahm",
        "schief",
        "sicher",
        "tot",
        "übrig",
        "wahr",
        "still",
        "fest",
        "frei",
        "offen",
        "voll",
    }
)
#: Particles that separate from their verb (lower case, as they close a clause).
PARTICLES = frozenset(
    {
        "ab", "an", "auf", "aus", "bei", "bekannt", "bereit", "dar", "dazu", "durch", "ein",
        "empor", "entgegen", "entlang", "fehl", "fern", "fertig", "fest", "fort", "frei",
        "gegenüber", "gleich", "heim", "her", "herab", "heran", "herauf", "heraus", "herbei",
        "herein",
        "herum", "herunter", "hervor", "herüber", "hin", "hinab", "hinauf", "hinaus", "hinein",
        "hinterher", "hinunter", "hinweg", "hinzu", "hinüber", "hoch", "kennen", "klar", "kund",
        "leicht", "los", "mit", "nach", "nahe", "nieder", "offen", "preis", "schwer", "stand",
        "statt", "teil", "um", "unter", "voll", "vor", "voran", "voraus", "vorbei", "vorüber",
        "weg", "weiter", "wett", "wider", "wieder", "zu", "zurecht", "zurück", "zusammen",
        "zuvor", "über",
        # reciprocal adverbs of separable verbs ("trafen … aufeinander": aufeinandertreffen;
        # joined only when the whole verb is a known German verb)
        "aufeinander", "auseinander", "beieinander", "durcheinander", "nebeneinander",
        "übereinander", "zueinander",
        # adverbs of separable verbs ("steht allein da": dastehen; "hielt dagegen"), and
        # below the adjectives (ADJECTIVE_PARTICLES: "legt … lahm": lahmlegen), joined
        # likewise only when the whole verb is a known German verb (never with "sein":
        # "da sein")
        "da", "dagegen",
        # first parts written together with their verb since 2006 ("tut … leid":
        # leidtun; "hielt … zugute": zugutehalten; "hat … inne": innehaben; "steht …
        # bevor": bevorstehen; "kam … abhanden"; "macht … zunichte"; "legte … beiseite")
        "leid", "zugute", "inne", "bevor", "abhanden", "zunichte", "beiseite", "vorweg",
    }
) | ADJECTIVE_PARTICLES  # fmt: skip

#: Particles that open a main clause before their verb ("Hinzu kommt, dass …": hinzukommen;
#: "Fest steht …": feststehen); the particle's place is otherwise at the clause's end.
#: Not the ones that are as often a free adverb there ("Wieder kam es …": again; "Dazu kam
#: es": zu etw. kommen; "Weiter sagte er …").
_FRONTED_PARTICLES = frozenset({"hinzu", "fest", "los", "offen", "nahe", "zurück"})

#: Tokens after which a clause has ended.
_CLAUSE_END = frozenset(
    {".", ",", ";", ":", "!", "?", "…", ")", "–", "—", "-", '"', "“", "”", "„", "»", "«"}
)
_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern", "denn", "sowie"})
# Only participles: the tagger often calls a finite "-en" form ("gaben") an infinitive,
# and an infinitive never stands before a clause-final particle anyway.
_NON_FINITE = "VerbForm=Part"
_MAX_DISTANCE = 30  # tokens between the stem and its particle
_LONGEST = max(len(p) for p in PARTICLES)


def is_split_particle(word: str, lemma: str) -> bool:
    """True when ``lemma`` is a separable verb that ``word`` is the particle of
    ("an" with lemma "ankündigen")."""
    low = word.lower()
    return (
        low in PARTICLES
        and len(lemma) > len(low) + 2
        and lemma[: len(low)].lower() == low
        and lemma[:1].islower()
    )


def is_split_stem(word: str, lemma: str) -> bool:
    """True when ``lemma`` is a separable verb and ``word`` its stem without the
    particle ("fanden" with lemma "stattfinden"; not "stattfand")."""
    if not lemma[:1].islower():
        return False
    low = word.lower()
    for k in range(2, min(len(lemma) - 2, _LONGEST + 1)):
        particle = lemma[:k]
        if particle in PARTICLES and not low.startswith(particle):
            return True
    return False


def split_base(word: str, lemma: str) -> str | None:
    """The verb without its particle when ``word`` is the stem of the separable verb
    ``lemma`` ("bleibe" of "freibleiben": bleiben), else None."""
    if not is_split_stem(word, lemma):
        return None
    low = word.lower()
    for k in range(min(len(lemma) - 2, _LONGEST), 1, -1):  # the longest particle first
        particle = lemma[:k]
        if particle in PARTICLES and not low.startswith(particle):
            return lemma[k:]
    return None


def join_separable_verbs(
    texts: Sequence[str],
    tags: MutableSequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    lemmas: MutableSequence[str],
    verb_lemma: Callable[[str], str | None],
    finite_of: Callable[[str, str], bool] | None = None,
) -> int:
    """Give split separable verbs their joined lemma, in place; returns how many. A
    clause-final particle whose clause part has no verb joins a word the tagger misread
    instead, which gets the tag VERB (:func:`_join_untagged_stem`: "reiche … aus").

    ``verb_lemma`` gives the lemma of a known German word, or None for an unknown
    one ("ausbrach" -> ausbrechen, when the tagger left "brach" as its own lemma).
    ``finite_of(form, infinitive)``, when given, says whether a word is a finite form
    of the joined verb: a particle joins only its clause's finite verb, never a
    participle, which is written together with its particle ("nahm … gelassen hin":
    hinnehmen, not "hinlassen" from "gelassen").
    """
    n = len(texts)
    joined = 0
    taken: set[int] = set()  # verbs that have their particle
    for i in range(1, n):
        text = texts[i]
        if not _clause_final_particle(texts, tags, sentence_ids, i, lemmas, finite_of):
            continue
        known = verb_lemma
        if text == "gleich":
            relation = _relation_before(texts, tags, morphs, sentence_ids, i)
            if relation is None:
                continue  # "Der Arzt kommt gleich": the adverb (soon), no "gleichkommen"
            if relation == "mit":
                known = _with_mit(verb_lemma)
        if _join_untagged_stem(texts, tags, sentence_ids, lemmas, i, known):
            joined += 1
            continue
        for stem in _stems(tags, texts, morphs, sentence_ids, i, lemmas):
            if stem in taken:
                # its own particle came first: "setzt das Rauschen ein, und … drängen sich
                # … zusammen" is einsetzen, never zusammensetzen
                continue
            if text == "hin" and lemmas[stem] not in _HIN_AUF_BASES and _auf_object(texts, i):
                continue  # "kam auf die Einladung hin": the circumposition, no "hinkommen"
            combined = _joined_lemma(text, texts[stem], lemmas[stem], known)
            if combined and finite_of is not None and not finite_of(texts[stem], combined):
                continue  # no finite form of the joined verb: "gelassen" (hingelassen)
            if combined:
                taken.add(stem)
                lemmas[stem] = combined
                lemmas[i] = combined
                if texts[i] in ADJECTIVE_PARTICLES and tags[i] in ("VERB", "AUX"):
                    tags[i] = "ADJ"  # "legt … lahm", "lahm" tagged as a verb: an adjective
                elif tags[i] in ("VERB", "SCONJ"):
                    tags[i] = "ADP"  # the particle, as the tagger tags the others
                joined += 1
                break
        else:
            # no word tagged as a verb joins it: the tagger may have swapped the tags of
            # the verb and a word next to it ("breche schneller ein": "breche" an
            # adjective with the verb's lemma, "schneller" a verb with lemma "schnell")
            if _join_untagged_stem(texts, tags, sentence_ids, lemmas, i, known, True, finite_of):
                joined += 1
    return joined + _join_fronted_particles(texts, tags, morphs, sentence_ids, lemmas, verb_lemma)


def _join_fronted_particles(
    texts: Sequence[str],
    tags: Sequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    lemmas: MutableSequence[str],
    verb_lemma: Callable[[str], str | None],
) -> int:
    """A particle of :data:`_FRONTED_PARTICLES` first in its sentence (after an opening
    quote), right before the finite verb ("Hinzu komme die Flaute": hinzukommen), joins
    it when the whole verb is a known German verb; returns how many were joined."""
    joined = 0
    for i, text in enumerate(texts[:-1]):
        low = text.lower()
        if low not in _FRONTED_PARTICLES or tags[i] not in ("ADV", "ADJ"):
            continue
        first = i == 0 or sentence_ids[i - 1] != sentence_ids[i] or texts[i - 1] in _OPENING
        verb = i + 1
        if (
            not first
            or sentence_ids[verb] != sentence_ids[i]
            or tags[verb] != "VERB"
            or _NON_FINITE in morphs[verb]
            or "VerbForm=Inf" in morphs[verb]
        ):
            continue
        combined = _joined_lemma(low, texts[verb], lemmas[verb], verb_lemma)
        if combined:
            lemmas[verb] = combined
            lemmas[i] = combined
            joined += 1
    return joined


#: Quotation marks and brackets that may open a sentence before its first word.
_OPENING = frozenset({"„", "“", '"', "»", "«", "(", "‚"})


#: Tags of the words between a preposition and the dative it governs ("nach dem sehr
#: guten Essen").
_NOUN_PHRASE_INNER = frozenset({"DET", "ADJ", "ADV", "NUM"})


#: The verbs with the particle "gleich" whose second term may be a "mit" phrase ("mit
#: jdm. gleichziehen", "etw. mit etw. gleichsetzen/gleichstellen"); the others take a
#: dative ("einem Wunder gleichkommen", "es jdm. gleichtun"), so a "mit" phrase before
#: their "gleich" is an adverbial and "gleich" the adverb ("Er kam mit dem Auto gleich":
#: right away).
_GLEICH_WITH_MIT = frozenset({"gleichziehen", "gleichsetzen", "gleichstellen"})


def _with_mit(verb_lemma: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """``verb_lemma`` that knows only the "gleich" verbs taking a "mit" phrase."""

    def known(word: str) -> str | None:
        lemma = verb_lemma(word)
        return lemma if lemma in _GLEICH_WITH_MIT else None

    return known


def _relation_before(
    texts: Sequence[str],
    tags: Sequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    i: int,
) -> str | None:
    """What the clause part before token ``i`` holds of the second term of an equality:
    "dative" (a dative no preposition governs), else "mit" (a "mit" phrase), else None.
    The verbs with the particle "gleich" state an equality with something ("einem
    Schock gleichkommen", "es jdm. gleichtun", "mit jdm. gleichziehen"); without it a
    clause-final "gleich" is the adverb ("Er kommt gleich": right away). A dative that
    a preposition governs is none ("Sie kommt nach dem Essen gleich": right after)."""
    relation = None
    j = i - 1
    while j >= 0 and sentence_ids[j] == sentence_ids[i] and texts[j] not in (",", ";", ":"):
        if texts[j].lower() == "mit":
            relation = "mit"
        elif "Case=Dat" in morphs[j] and tags[j] != "ADP":
            k = j - 1
            while k >= 0 and sentence_ids[k] == sentence_ids[i] and tags[k] in _NOUN_PHRASE_INNER:
                k -= 1
            if k < 0 or sentence_ids[k] != sentence_ids[i] or tags[k] != "ADP":
                return "dative"
        j -= 1
    return relation


#: What may follow a particle that closes its clause: the clause's end, or a comparison
#: after it (in the "Nachfeld": "fällt kleiner aus als erwartet").
_PARTICLE_FOLLOWERS = _CLAUSE_END | _CONJUNCTIONS | {"als", "wie", "("}


#: Words that open a photo or video credit ("Foto: Vladimir Smirnov/AP"), which
#: follows a caption without punctuation.
_CREDIT_WORDS = frozenset({"Foto", "Fotos", "Bild", "Bilder", "Video", "Grafik"})


def _credit_at(texts: Sequence[str], j: int) -> bool:
    """Whether a credit ("Foto:") starts at token ``j``: the caption's clause ends before it."""
    return texts[j] in _CREDIT_WORDS and j + 1 < len(texts) and texts[j + 1] == ":"


def _joined_lemma(
    particle: str, form: str, lemma: str, verb_lemma: Callable[[str], str | None]
) -> str | None:
    """The separable verb of ``particle`` and a verb ``form`` with the tagger's
    ``lemma``, or None: first the lemma of the joined form as a subordinate clause
    spells it ("fällt … aus" -> "ausfällt" -> ausfallen, where the tagger's lemma
    "fällen" would give "ausfällen"), then the particle with the lemma."""
    for word in (particle + form.lower(), particle + lemma.lower()):
        if not word.isalpha():
            continue
        combined = verb_lemma(word)
        # the Swiss spelling the tagger may give ("riss" -> "reissen"): "abreißen"
        sharp = combined.replace("ss", "ß") if combined and "ss" in combined else None
        if sharp is not None and verb_lemma(sharp) == sharp:
            combined = sharp
        if (
            combined
            and combined.startswith(particle)
            and combined.islower()
            and not _written_apart(particle, combined[len(particle) :])
        ):
            return combined
    return None


def _written_apart(particle: str, base: str) -> bool:
    """A particle and "sein" are two words since 1996 ("da sein", "zurück sein"), and
    so are "da" and the other auxiliaries ("Das Geld ist da", "haben wir da")."""
    return base == "sein" or (particle == "da" and base in ("haben", "werden"))


def _no_verb_form(
    text: str, lemma: str, finite_of: Callable[[str, str], bool] | None = None
) -> bool:
    """Whether a particle the tagger read as a verb ("kämen … voran", "tut … leid",
    "hielt … zugute", each tagged VERB with itself as lemma) is no verb form: its lemma
    is its own text and, by the conjugation tables (``finite_of``), it is no finite form
    of that lemma ("Wir kennen sie": kennen, which is also the particle of kennenlernen).
    "stand", a past of stehen that the tagger gives itself as lemma, is excluded by
    name: the tables give no verb of a form."""
    low = text.lower()
    if lemma.lower() != low or low in _VERB_PARTICLES:
        return False
    return finite_of is None or not finite_of(low, low)


#: Particles that are forms of another verb than themselves (no reverse index of the
#: conjugation tables finds the verb of "stand").
_VERB_PARTICLES = frozenset({"stand"})


def _clause_final_particle(
    texts: Sequence[str],
    tags: Sequence[str],
    sentence_ids: Sequence[int],
    i: int,
    lemmas: Sequence[str] | None = None,
    finite_of: Callable[[str, str], bool] | None = None,
) -> bool:
    """Whether token ``i`` is a separable particle that closes its clause (punctuation,
    a conjunction, the sentence end, a bracket or a comparison with "als"/"wie"
    follows) and no circumposition. With ``lemmas``, a particle the tagger read as a
    verb counts when it is no verb form (:func:`_no_verb_form`)."""
    if texts[i] not in PARTICLES or tags[i] in ("NOUN", "PROPN"):
        return False
    if (
        tags[i] in ("VERB", "AUX")
        and texts[i] not in ADJECTIVE_PARTICLES
        and not (lemmas is not None and _no_verb_form(texts[i], lemmas[i], finite_of))
    ):
        return False
    following = i + 1
    inside = following < len(texts) and sentence_ids[following] == sentence_ids[i]
    # a comparison may stand after the clause's end: "fällt kleiner aus als erwartet",
    # "sieht aus wie neu"
    if inside and texts[following] not in _PARTICLE_FOLLOWERS and not _credit_at(texts, following):
        return False
    return not _closes_circumposition(texts, tags, i)


#: Tags of words that are no misread finite verb: nouns, names and the article or
#: pronoun whose lemma looks like a verb's ("seine": sein).
_NO_VERB_TAGS = frozenset({"NOUN", "PROPN", "DET", "PRON", "NUM", "PUNCT", "CCONJ", "SCONJ"})


def _join_untagged_stem(
    texts: Sequence[str],
    tags: MutableSequence[str],
    sentence_ids: Sequence[int],
    lemmas: MutableSequence[str],
    particle: int,
    verb_lemma: Callable[[str], str | None],
    past_verbs: bool = False,
    finite_of: Callable[[str, str], bool] | None = None,
) -> bool:
    """A clause that ends in a separable particle but has no word tagged as a verb:
    its finite verb was taken for another word ("Zudem reiche ein neues Bad allein
    nicht aus": "reiche" tagged as the adjective "reich", lemma "reichen"; "im Juli
    setzten Hagelschauer den Reben zu": "setzten" tagged as an adjective). The word
    whose verb lemma joins the particle to a known German verb is that verb
    (ausreichen, zusetzen): both get the joined lemma, the word the tag VERB, in
    place. Looked for before a verb of an earlier clause, which the particle does
    not belong to ("hatte … zerstört, im Juli setzten … zu": not "zuhaben"). With
    ``past_verbs`` a word tagged as a verb whose lemma is no infinitive (German
    infinitives end in -n: "schneller" tagged as a verb, lemma "schnell") is passed
    over instead of ending the search, and with ``finite_of`` (see
    :func:`join_separable_verbs`) so is one that is no finite form of its verb (the
    participle "gezielt" in "legen … gezielt Futter an", "legen" tagged as an
    adjective), and a word whose lemma is its own text joins when it is a finite form
    of the joined verb."""
    sentence = sentence_ids[particle]
    end = particle
    # nearest part first; "und" may join two nouns ("zwischen A und B zu") or two
    # clauses ("brach aus und griff auf das Dach über"): the part before it is read
    # when this one has no verb
    for j in range(particle - 1, -2, -1):
        boundary = j < 0 or sentence_ids[j] != sentence or texts[j] in _CLAUSE_END
        if (
            not boundary
            and tags[j] in ("VERB", "AUX")
            and not (past_verbs and not lemmas[j].endswith("n"))
            and not (past_verbs and finite_of is not None and not finite_of(texts[j], lemmas[j]))
        ):
            return False  # a verb of its own: the particle belongs to a verb
        if boundary or texts[j] in _CONJUNCTIONS:
            for k in range(j + 1, end):
                if _misread_stem(texts, tags, lemmas, k, particle, verb_lemma, finite_of):
                    return True
            if boundary:
                return False
            end = j
    return False


def _misread_stem(
    texts: Sequence[str],
    tags: MutableSequence[str],
    lemmas: MutableSequence[str],
    j: int,
    particle: int,
    verb_lemma: Callable[[str], str | None],
    finite_of: Callable[[str, str], bool] | None = None,
) -> bool:
    """Join the particle to word ``j`` if its lemma is a verb's that makes a known
    separable verb with it; see :func:`_join_untagged_stem`."""
    verb = lemmas[j]
    if (
        tags[j] in _NO_VERB_TAGS
        or not verb.isalpha()
        or not verb.islower()
        or not verb.endswith("n")
        or (verb == texts[j].lower() and finite_of is None)
    ):
        return False
    combined = _joined_lemma(texts[particle], texts[j], verb, verb_lemma)
    if not combined:
        return False
    if verb == texts[j].lower() and finite_of is not None and not finite_of(texts[j], combined):
        return False  # its own lemma ("legen" tagged an adjective): a finite form only
    lemmas[j] = lemmas[particle] = combined
    tags[j] = "VERB"
    return True


#: What the tagger calls a surname it does not know ("Brenner" as an adjective).
_NAME_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "X"})


def family_name(tokens: TokenTable, index: int) -> bool:
    """A capitalised word right after "Familie" that has no article itself ("von
    Familie Brenner", "Familie Weber hat …") is the family's name in apposition, not
    a common noun (not "burner"). Not after "die Familie", "einer Familie", where
    a noun may follow as an object ("dass die Familie Unterstützung erhält")."""
    texts, ids = tokens.texts, tokens.sentence_ids
    if index < 1 or texts[index - 1] != "Familie" or ids[index - 1] != ids[index]:
        return False
    text = texts[index]
    if not (text[:1].isupper() and text.isalpha() and tokens.tags[index] in _NAME_TAGS):
        return False
    before = index - 2  # a determiner of "Familie" itself: "die Familie", "einer Familie"
    return before < 0 or ids[before] != ids[index] or tokens.tags[before] != "DET"


#: Circumpositions whose second half looks like a verb particle: "von zu Hause aus",
#: "von Anfang an", "auf Anfrage hin", "über das Jahr hinaus". With "von … aus/an/ab"
#: only a place or time word may stand before the particle: "geht von einem Unfall
#: aus" (ausgehen), "hängt vom Wetter ab" (abhängen) and "kam vom Weg ab" (abkommen)
#: are verbs with a "von" object.
_CIRCUMPOSITIONS: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "aus": (
        frozenset({"von", "vom"}),
        frozenset({"hause", "hier", "dort", "da", "oben", "unten", "außen", "innen", "weitem"}),
    ),
    "an": (
        frozenset({"von", "vom"}),
        frozenset({"anfang", "beginn", "heute", "jetzt", "nun", "morgen", "sofort", "klein"}),
    ),
    "ab": (frozenset({"von", "vom"}), frozenset({"heute", "jetzt", "nun", "morgen", "sofort"})),
    "her": (frozenset({"von", "vom"}), None),
    "hin": (frozenset({"auf", "nach", "zu", "zum", "zur"}), None),
    "hinaus": (frozenset({"über", "übers"}), None),
}


def _closes_circumposition(texts: Sequence[str], tags: Sequence[str], particle: int) -> bool:
    """True when the word at ``particle`` closes a circumposition opened by one of
    the few words before it ("von zu Hause aus": not "ausarbeiten")."""
    pattern = _CIRCUMPOSITIONS.get(texts[particle])
    if pattern is None or particle == 0:
        return False
    openers, last_words = pattern
    if last_words is not None and texts[particle - 1].lower() not in last_words:
        return False
    for j in range(particle - 1, max(-1, particle - 5), -1):
        if texts[j] in _CLAUSE_END or tags[j] in ("VERB", "AUX"):
            return False
        if texts[j].lower() in openers:
            # "wies auf die Gefahren hin": an article after "auf" opens the object of a
            # "hin" verb (hinweisen, hindeuten auf etw.); the circumposition's noun comes
            # bare or with a possessive ("auf Anfrage hin", "auf seinen Wunsch hin")
            return not (
                texts[particle] == "hin"
                and texts[j].lower() == "auf"
                and texts[j + 1].lower() in _ARTICLES
            )
    return False


#: Verbs whose "hin" verb takes an object with "auf" (hinweisen, hindeuten, hinwirken,
#: hinarbeiten, hinsteuern, hinzielen, hinführen, hinlenken auf etw.): only these join a
#: "hin" after "auf" and an article, which else closes the circumposition ("kam auf die
#: Einladung hin", "ermittelte auf eine Anzeige hin").
_HIN_AUF_BASES = frozenset(
    {"weisen", "deuten", "wirken", "arbeiten", "steuern", "zielen", "führen", "lenken"}
)


def _auf_object(texts: Sequence[str], particle: int) -> bool:
    """Whether "auf" and an article stand among the four words before the particle at
    ``particle`` ("auf die Gefahren hin")."""
    for j in range(particle - 1, max(-1, particle - 5), -1):
        if texts[j] in _CLAUSE_END:
            return False
        if texts[j].lower() == "auf":
            return j + 1 < particle and texts[j + 1].lower() in _ARTICLES
    return False


#: The definite and indefinite articles.
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)


def _stems(
    tags: Sequence[str],
    texts: Sequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    particle: int,
    lemmas: Sequence[str] = (),
) -> Iterator[int]:
    """The verbs the particle at ``particle`` may belong to, nearest first.

    A finite verb whose joined form is unknown lets the search go on (the
    tagger may have called a word a verb: "bei weitem"); an auxiliary is the
    last one tried. A word tagged as a participle that cannot be one (with
    ``lemmas``, :func:`_finite_as_participle`) counts as finite.
    """
    sentence = sentence_ids[particle]
    stop = max(-1, particle - _MAX_DISTANCE - 1)
    j = particle
    while j - 1 > stop:
        j -= 1
        if sentence_ids[j] != sentence:
            return
        tag = tags[j]
        if tag != "VERB" and tag != "AUX":
            continue
        if j + 1 < particle and texts[j + 1] == ",":
            # a subordinate clause ends here ("das auf dem Tisch lag,"): its verbs are
            # its own, also a finite verb in second place ("wies den Vorwurf, er habe
            # … getäuscht, zurück": zurückweisen, never "zurückhaben"); read on before
            # its opening comma, where the sentence part has one ("holen kleine, aber
            # feine Ernte ein": "kleine" tagged a verb, no clause)
            opening = next(
                (
                    k
                    for k in range(j - 1, stop, -1)
                    if sentence_ids[k] == sentence and texts[k] == ","
                ),
                None,
            )
            if opening is not None:
                j = opening
                continue
            if _subordinate_start(texts, tags, sentence_ids, j):
                continue
            # no clause opens before it: the main clause's finite verb before an
            # insertion ("wies, wie schon im Mai, auf die Gefahren hin": hinweisen)
        if _NON_FINITE in morphs[j] and not (lemmas and _finite_as_participle(texts[j], lemmas[j])):
            if tag == "AUX":
                return
            continue
        yield j
        if tag == "AUX":
            return


#: How far back a sentence's start is looked for (tokens).
_SENTENCE_REACH = 120
#: Words that open a subordinate clause at a sentence's start besides the conjunctions
#: the tagger tags SCONJ: interrogatives and relatives ("Wer zu spät kam, …").
_SUBORDINATE_OPENERS = frozenset({"wer", "was", "wie", "wo", "wann", "warum", "ob", "als", "wenn"})


def _subordinate_start(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], j: int
) -> bool:
    """Whether the sentence of token ``j`` opens with a subordinate clause (its first
    word after an opening quote a subordinating conjunction, an interrogative or a
    relative: "Als der Zug hielt, …")."""
    first = j
    limit = max(0, j - _SENTENCE_REACH)  # a giant "sentence" stays linear
    while first > limit and sentence_ids[first - 1] == sentence_ids[j]:
        first -= 1
    if first == limit and first > 0 and sentence_ids[first - 1] == sentence_ids[j]:
        return False  # its start is too far to tell
    while first < j and texts[first] in _OPENING:
        first += 1
    return tags[first] == "SCONJ" or texts[first].lower() in _SUBORDINATE_OPENERS


#: Prefixes after which a verb's participle has no "ge-" ("verlegt", "belegt"): their
#: present "-t" form and participle are spelt alike.
_NO_GE_PREFIXES = (
    "be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider", "über", "unter",
    "um", "durch", "voll",
)  # fmt: skip


def _finite_as_participle(text: str, lemma: str) -> bool:
    """Whether ``text``, tagged as a participle of the verb ``lemma``, is its present
    "-t" form, which a participle never is: "legt" of "legen" (the participle is
    "gelegt"; headlines: "Warnstreik legt Busse lahm"). Not for verbs whose
    participle has no "ge-" ("verlegt", "studiert")."""
    low = lemma.lower()
    return (
        low.endswith("en")
        and not low.endswith("ieren")
        and not low.startswith(_NO_GE_PREFIXES)
        and text.lower() == low[:-2] + "t"
    )


_NUMBER_WORD = re.compile(
    r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w+zig|\w+ßig"
    r"|\w*hundert\w*|\w*tausend\w*|dutzend|dutzende)"
)


def is_numeral(text: str) -> bool:
    """A number in digits ("300", "1.500") or a German number word ("zwölf", "dreihundert")."""
    return text[:1].isdigit() or _NUMBER_WORD.fullmatch(text.lower()) is not None


def retag_degree_adverbs(
    texts: Sequence[str], tags: MutableSequence[str], lemmas: Sequence[str]
) -> int:
    """Tag an uninflected adjective directly before a numeral as an adverb, in
    place ("rund zwölf", "knapp 300"); returns how many."""
    changed = 0
    for i in range(len(texts) - 1):
        if tags[i] != "ADJ":
            continue
        if tags[i + 1] != "NUM" and not is_numeral(texts[i + 1]):
            continue
        text = texts[i]
        if text[:1].islower() and text == lemmas[i]:
            tags[i] = "ADV"
            changed += 1
    return changed


#: Verbs that govern a bare infinitive and form no state passive: their participle
#: outside a perfect or a passive is the adjective ("Der Trainer blieb gelassen": calm;
#: "nahm es gelassen hin"; "ein gekonnter Pass"; "Das wirkt gewollt": contrived).
_NO_STATE_PASSIVE = frozenset({"lassen", "können", "wollen"})


#: Copulas whose predicate a participle of :data:`_NO_STATE_PASSIVE` can only be as the
#: adjective ("blieb nach der Niederlage gelassen", "wirkte gelassen", "ist gelassen").
_PARTICIPLE_COPULAS = frozenset({"sein", "bleiben", "wirken", "scheinen", "erscheinen"})


def _finite_morph(morph: str) -> bool:
    """Whether a verb's features are a finite form's (the tagger gives a mood, or
    VerbForm=Fin)."""
    return "VerbForm=Fin" in morph or "Mood=" in morph


def _stands_alone(
    texts: Sequence[str],
    tags: Sequence[str],
    morphs: Sequence[str],
    i: int,
    lemmas: Sequence[str],
    verb_lemma: Callable[[str], str | None] | None,
) -> bool:
    """Whether the participle at ``i`` has no complement of the verb right before it: it
    follows a finite verb ("blieb gelassen"), an adverb ("wirkte betont gelassen"), a
    pronoun or a noun phrase that no preposition governs ("nahm die Nachricht gelassen
    hin"), not a prepositional phrase ("im Stich gelassen", "in Ruhe gelassen"), a
    particle or adjective ("offen gelassen", "außen vor gelassen") or an infinitive
    ("liegen gelassen"), which belong to the verb."""
    j = i - 1
    if j < 0:
        return False
    tag = tags[j]
    if tag in ("VERB", "AUX"):
        return _finite_morph(morphs[j])
    if tag in ("ADV", "PART"):
        # "allein gelassen" (alleinlassen, a verb of its own), not "betont gelassen"
        joined = texts[j].lower() + lemmas[i]
        return texts[j].lower() not in PARTICLES and not (
            verb_lemma is not None and verb_lemma(joined) == joined
        )
    if tag not in ("NOUN", "PROPN", "PRON"):
        return False
    k = j - 1
    while k >= 0 and tags[k] in _NOUN_PHRASE_INNER:
        k -= 1
    return not (k >= 0 and tags[k] == "ADP")


def _auxiliary_elsewhere(
    texts: Sequence[str],
    tags: Sequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    lemmas: Sequence[str],
    i: int,
) -> bool:
    """Whether the sentence of the participle at ``i`` has a finite "haben"/"werden"
    outside its clause part with no participle or infinitive in its own clause part: the
    auxiliary of this participle across an insertion ("Sie haben, so der Sprecher, den
    Hund im Auto gelassen"). Looked for within :data:`_SENTENCE_REACH` tokens."""
    sentence = sentence_ids[i]
    lo, hi = max(0, i - _SENTENCE_REACH), min(len(texts), i + _SENTENCE_REACH)
    for j in range(lo, hi):
        if (
            sentence_ids[j] != sentence
            or lemmas[j] not in ("haben", "werden")
            or not _finite_morph(morphs[j])
        ):
            continue
        part = _frame_part(texts, sentence_ids, j, lo, hi)
        if i in part:
            continue  # its own clause part, looked at by the caller
        if not any(tags[x] in ("VERB", "AUX") and not _finite_morph(morphs[x]) for x in part):
            return True
    return False


def _frame_part(
    texts: Sequence[str], sentence_ids: Sequence[int], i: int, lo: int, hi: int
) -> range:
    """The clause part of token ``i`` within tokens ``lo`` to ``hi`` (excluded): its
    sentence between tokens of :data:`_FRAME_BOUNDARY`."""
    sentence = sentence_ids[i]
    start = i
    while start > lo and sentence_ids[start - 1] == sentence:
        if texts[start - 1] in _FRAME_BOUNDARY:
            break
        start -= 1
    stop = i + 1
    while stop < hi and sentence_ids[stop] == sentence and texts[stop] not in _FRAME_BOUNDARY:
        stop += 1
    return range(start, stop)


def retag_adjectival_participles(
    texts: Sequence[str],
    tags: MutableSequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    lemmas: MutableSequence[str],
    verb_lemma: Callable[[str], str | None] | None = None,
) -> int:
    """Tag as an adjective, with itself as lemma, the past participle of a verb of
    :data:`_NO_STATE_PASSIVE` ("gelassen") whose clause part has no form of "haben" or
    "werden": these verbs make their perfect with "haben" and have no state passive with
    "sein" or "bleiben", so "blieb gelassen", "wirkte gelassen", "gelassen hinnehmen" use
    the adjective (calm); "hat ihn gelassen", "wurde offen gelassen" keep the verb, and so
    does a participle with a complement before it outside a copula's clause
    (:func:`_stands_alone`: "fühlten sich im Stich gelassen"). In place; returns how
    many."""
    changed = 0
    n = len(texts)
    for i, text in enumerate(texts):
        if tags[i] != "VERB" or lemmas[i] not in _NO_STATE_PASSIVE:
            continue
        low = text.lower()
        if not low.startswith("ge"):
            continue
        part = _frame_part(
            texts, sentence_ids, i, max(0, i - _FRAME_REACH), min(n, i + _FRAME_REACH)
        )
        if any(lemmas[j] in ("haben", "werden") for j in part):
            continue
        copula = any(lemmas[j] in _PARTICIPLE_COPULAS for j in part)
        if not copula and (
            not _stands_alone(texts, tags, morphs, i, lemmas, verb_lemma)
            or _auxiliary_elsewhere(texts, tags, morphs, sentence_ids, lemmas, i)
        ):
            continue  # "im Stich gelassen", "außen vor gelassen", "liegen gelassen": the verb
        tags[i] = "ADJ"
        lemmas[i] = low
        changed += 1
    return changed


#: Tokens that end the clause a verb's frame is looked for in.
_FRAME_BOUNDARY = (_CLAUSE_END - {'"', "“", "”", "„", "»", "«"}) | {"(", "–", "—"} | _CONJUNCTIONS
_COMPARATIVES = frozenset({"mehr", "weniger", "anders", "eher", "lieber", "früher", "später"})
#: Contraction -> its preposition, for the frame ("zum" -> "zu"); "unters", "vors" and
#: "hinters" were never in this list (adding them is a change to measure).
_CONTRACTIONS = {
    word: preposition
    for word, (preposition, _article) in CONTRACTIONS.items()
    if word not in ("unters", "vors", "hinters")
}
_FRAME_REACH = 25  # tokens from the verb
#: "darauf", "damit", "wofür": a preposition standing for a whole phrase.
_PRONOMINAL_ADVERB = re.compile(
    r"(?:da|wo)r?(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor"
    r"|zu|zwischen)"
)


def clause_frame(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    morphs: Sequence[str],
    sentence_ids: Sequence[int],
    index: int,
) -> str:
    """The prepositions, "als" and "sich" that go with the full verb at ``index``,
    space-separated, nearest to the verb first ("als", "sich mit"); "" for other
    words.

    A verb's complements follow it in a main clause ("rechnet mit Regen") and
    precede it when it ends the clause ("dass er mit Regen rechnet"), so only that
    side is read, up to the clause's end (punctuation, a conjunction). Not counted:
    the verb's own separated particle, "als" after a comparative ("höher als"),
    "zu" before an adjective or a verb ("zu spät", "zu gehen"). A pronominal
    adverb at the end of the clause counts as its preposition ("es kommt darauf
    an, wie …": auf).
    """
    n = len(texts)
    if tags[index] != "VERB":
        return ""
    sentence = sentence_ids[index]
    lemma = lemmas[index]

    def ends_clause(j: int) -> bool:
        return j >= n or sentence_ids[j] != sentence or texts[j] in _FRAME_BOUNDARY

    def past_particle(j: int) -> int:
        """``j``, or the next index when ``j`` is the verb's own particle ("kündigte an")."""
        return j + 1 if j < n and lemmas[j] == lemma and texts[j] in PARTICLES else j

    after = past_particle(index + 1)
    step = -1 if ends_clause(after) or _verb_cluster_ends(texts, tags, after, ends_clause) else 1
    words: dict[str, None] = {}  # in the order met, nearest to the verb first
    cases: dict[str, set[str]] = {}  # the plain cases of each two-way preposition's phrases
    j = index + step
    while 0 <= j < n and abs(j - index) <= _FRAME_REACH:
        low = texts[j].lower()
        if low == "als":
            if not _after_comparative(texts, morphs, j):
                words["als"] = None
            elif step > 0 and not (j + 1 < n and is_numeral(texts[j + 1])):
                break  # "höher als bei der letzten Wahl": the rest is the comparison
            # "gelten mehr als 80 Brücken als marode": "mehr als" and a number are an
            # approximate numeral of a noun phrase, the clause goes on
        elif _joins_nouns(texts, tags, sentence_ids, j):
            pass  # "im Gewebe von Muscheln und Fischen": one phrase, the clause goes on
        elif ends_clause(j) or (
            step < 0 and tags[j] in ("VERB", "AUX") and not _attributive_participle(texts, tags, j)
        ):
            break  # going left, another verb starts the clause part before this one
        elif low == "sich":
            if not (step < 0 and _sich_of_lassen(texts, lemmas, sentence_ids, j, index)):
                words["sich"] = None
        elif low in PERSONAL_REFLEXIVES and _own_subject(texts, tags, sentence_ids, j):
            words["sich"] = None  # "Ich erinnere mich", "wir haben uns geeinigt": reflexive
        elif (pronominal := _PRONOMINAL_ADVERB.fullmatch(low)) is not None:
            # "es kommt darauf an, wie …", "er rechnet damit.": standing for a clause, at
            # the end of this one; elsewhere often an adverb ("endet damit eine Serie");
            # right before the verb that ends its clause it is the verb's object ("man
            # müsse davon ausgehen, dass …", "weil sie damit rechnen")
            if ends_clause(past_particle(j + 1)) or (step < 0 and j == index - 1):
                words[pronominal.group(1)] = None
        elif _name_particle(texts, tags, j):
            pass  # "von Karl zu Guttenberg": a particle inside a name governs nothing
        elif _is_frame_preposition(texts, tags, lemmas, j, lemma) or (
            low == "um" and tags[j] == "SCONJ" and "Person=" in morphs[index]
        ):
            # "um welche Kunststoffe es sich handelt": a finite verb (a person) ends no "um … zu"
            # clause, so its "um" is a preposition the tagger read as a conjunction
            preposition = _CONTRACTIONS.get(low, low)
            if not _adverbial_phrase(texts, tags, lemmas, morphs, j, preposition, lemma):
                words[preposition] = None
                if preposition in _TWO_WAY:
                    cases.setdefault(preposition, set()).add(_phrase_case(texts, tags, morphs, j))
        j += step
    marks = [
        f"{PHRASE_CASE[c]}:{p}" for p, found in cases.items() if len(found) == 1 for c in found
    ]
    return " ".join([*words, *(m for m in marks if not m.startswith(":"))])


#: The reflexive pronouns of the first and second person and the subject they go with
#: (also the one list :data:`app.dictionary.objects.REFLEXIVE_PRONOUNS` builds on).
PERSONAL_REFLEXIVES = {"mich": "ich", "dich": "du", "uns": "wir", "euch": "ihr"}


def _own_subject(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], j: int
) -> bool:
    """Whether the pronoun at ``j`` ("mich", "uns") has its own person's subject pronoun
    in its sentence ("Ich habe mich verrechnet"): a reflexive; with another subject it is
    an object ("Er erinnert mich an …", "Wir erinnern euch")."""
    subject = PERSONAL_REFLEXIVES[texts[j].lower()]
    near = range(max(0, j - _FRAME_REACH), min(len(texts), j + _FRAME_REACH + 1))
    return any(
        sentence_ids[k] == sentence_ids[j] and texts[k].lower() == subject and tags[k] == "PRON"
        for k in near
    )


def _sich_of_lassen(
    texts: Sequence[str], lemmas: Sequence[str], sentence_ids: Sequence[int], j: int, verb: int
) -> bool:
    """The "sich" at ``j`` belongs to a form of "lassen" before it, whose infinitive the
    verb at ``verb`` is ("lasse sich so nicht mehr aufstellen", "ließ sich nicht
    klären": it could not be set up; aufstellen, not sich aufstellen): the passive-like
    "sich … lassen" + infinitive, whose "sich" is no object of the infinitive."""
    if texts[verb].lower() != lemmas[verb].lower():
        return False  # no infinitive
    k = j - 1
    while k >= 0 and sentence_ids[k] == sentence_ids[j] and j - k <= 3:
        if lemmas[k] == "lassen":
            return True
        if texts[k] in _FRAME_BOUNDARY:
            return False
        k -= 1
    return False


def _attributive_participle(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """Whether the "verb" at ``j`` is a participle inside a noun phrase: a small word with
    an adjective's ending right before an adjective or a noun ("auf grünlich verfärbte
    Metallstücke stieß", "auf einen gut erhaltenen römischen Fund gestoßen"), which the
    tagger may read as a finite verb. A finite verb never stands right before a noun
    phrase's noun inside the middle field of a clause whose verb ends it."""
    word = texts[j]
    return (
        tags[j] == "VERB"
        and word[:1].islower()
        and word.endswith(ATTRIBUTIVE_ENDINGS)
        and j + 1 < len(tags)
        and tags[j + 1] in ("NOUN", "ADJ")
        and texts[j + 1][:1].isupper() == (tags[j + 1] == "NOUN")
    )


#: The case of a two-way preposition's phrase, as a mark of the frame: "+dat:an" when
#: every "an" phrase of the clause is plainly dative ("am Ende"), "+akk:an" when plainly
#: accusative ("an die Stelle"). The dictionary takes no headword whose object after
#: that preposition has the other case ("etw. an jdn. verlieren" for "am Ende
#: verlieren"). No German word starts with "+", so a mark never matches a headword.
PHRASE_CASE = {"Dat": "+dat", "Acc": "+akk", "": ""}
#: Prepositions that take the dative (where) or the accusative (where to).
_TWO_WAY = frozenset({"an", "auf", "hinter", "in", "neben", "über", "unter", "vor", "zwischen"})
#: Contractions of a two-way preposition with "dem" (dative) and "das" (accusative).
_DATIVE_CONTRACTIONS = frozenset({"am", "im", "hinterm", "überm", "unterm", "vorm"})
_ACCUSATIVE_CONTRACTIONS = frozenset({"ans", "aufs", "ins", "hinters", "übers", "unters", "vors"})


def _phrase_case(texts: Sequence[str], tags: Sequence[str], morphs: Sequence[str], j: int) -> str:
    """ "Dat" or "Acc" when the phrase of the two-way preposition at ``j`` plainly has
    that case (a contraction, a determiner in -em, "die"/"das"/"eine(n)", "den" with a
    singular, "den" with a plural or "der" with a feminine singular the tagger reads as
    a dative only), else ""."""
    low = texts[j].lower()
    if low in _DATIVE_CONTRACTIONS:
        return "Dat"
    if low in _ACCUSATIVE_CONTRACTIONS:
        return "Acc"
    if _dative_object(texts, tags, morphs, j):
        return "" if _weak_plural(texts, tags, morphs, j) else "Dat"
    if _accusative_object(texts, tags, morphs, j):
        return "Acc"
    return ""


def _weak_plural(texts: Sequence[str], tags: Sequence[str], morphs: Sequence[str], j: int) -> bool:
    """Whether the phrase at ``j`` is "den" + a noun in -en the tagger reads as a plural
    but that may be an accusative singular of a masculine: a weak noun or an adjective
    as a noun ("an den Präsidenten", "an den Kollegen", "an den Angeklagten"). The
    tagger guesses the plural there; the case is no plain dative. Feminine and neuter
    plurals stay ("an den Straßen", "in den Jahren")."""
    words = _phrase_words(tags, j)
    noun = next((k for k in words if tags[k] in ("NOUN", "PROPN")), None)
    if noun is None or "den" not in (texts[k].lower() for k in range(j + 1, noun)):
        return False
    features = morphs[noun].split("|")
    return texts[noun].endswith("en") and not ({"Gender=Fem", "Gender=Neut"} & set(features))


def _verb_cluster_ends(
    texts: Sequence[str], tags: Sequence[str], j: int, ends_clause: Callable[[int], bool]
) -> bool:
    """Whether the tokens from ``j`` are auxiliaries (or "zu" and an auxiliary) up to the
    clause's end: the verb ends its clause in a verb cluster ("nicht auf ein Paket
    verständigen können", "der bei Hertha antreten muss"), so its complements precede it."""
    if ends_clause(j) or tags[j] != "AUX":
        return False
    while not ends_clause(j):
        if tags[j] not in ("AUX", "VERB") and not (texts[j] == "zu" and tags[j] == "PART"):
            return False
        j += 1
    return True


#: Prepositions that are particles inside a person's name ("Karl zu Guttenberg").
_NAME_PARTICLES = frozenset({"von", "zu", "van", "de"})


def _name_particle(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """Whether the word at ``j`` is a particle between a first name of the lexicon and a
    capitalised name ("Karl zu Guttenberg", "Ursula von der Leyen"), no preposition."""
    if texts[j] not in _NAME_PARTICLES or j == 0 or j + 1 >= len(texts):
        return False
    following = j + 2 if texts[j + 1] in ("der", "den") and j + 2 < len(texts) else j + 1
    name = texts[following]
    if not (tags[j - 1] in ("PROPN", "NOUN") and is_given_name(texts[j - 1])):
        return False
    if tags[following] == "PROPN":
        return name[:1].isupper()
    # the tagger calls a name it does not know a noun as often ("Jana von Hagen"), but
    # not after an article, nor a common noun that is no place: "erzählte Anna von den
    # Plänen", "kommt Paula zu Besuch" (a noble name is often a place: "von Hagen")
    return (
        tags[following] == "NOUN"
        and following == j + 1
        and name[:1].isupper()
        and (is_place(name) or not is_common_noun(name))
    )


#: Prepositions whose object in a verb's frame is an accusative ("auf etw. drängen",
#: "über etw. streiten", "in etw. investieren"); with a dative they name a place
#: ("drängten sich auf den Fluren", "lagen über den Grenzwerten", "im Saal").
_ACCUSATIVE_FRAME = frozenset({"auf", "über", "in"})
#: Verbs whose "auf" or "in" object is a dative ("besteht auf dem Vertrag", "beruht auf
#: Daten", "besteht in der Pflicht", "liegt in der Natur", "steckt in der Krise").
_DATIVE_FRAME: dict[str, frozenset[str]] = {
    "auf": frozenset(
        {
            "bestehen", "beruhen", "basieren", "fußen", "beharren", "lasten", "aufbauen",
            "gründen", "sitzen",
        }
    ),
    "in": frozenset(
        {
            "bestehen", "liegen", "stecken", "enden", "gipfeln", "wurzeln", "irren",
            "täuschen", "üben",
        }
    ),
}  # fmt: skip
#: Nouns of place and time: "an" or "am" with one of them is where or when, not the
#: verb's object ("an mehreren Stellen", "am Wochenende"; not "liegt an den Kosten").
#: Not "Ort", "Standort": "hält am Standort fest" is the verb's object.
_PLACE_OR_TIME = frozenset(
    {
        "stelle", "tag", "wochenende", "abend", "morgen", "vormittag",
        "nachmittag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "feiertag", "wochentag",
    }
)  # fmt: skip
#: Determiners ending in -em are dative ("dem", "einem", "diesem", "keinem", "seinem").
_DATIVE_DETERMINER = re.compile(r"\w*em")
_PHRASE_REACH = 6  # tokens after a preposition read for its object
#: Determiners that are never dative ("an die Stelle", "an das Amt").
_ACCUSATIVE_DETERMINERS = frozenset({"die", "das", "eine", "einen"})


#: A preposition and the word after it that together are an adverb, never a verb's
#: object ("vor allem": above all, "unter anderem": among other things).
_FIXED_ADVERBIALS = frozenset(
    {
        ("vor", "allem"),
        ("vor", "kurzem"),
        ("unter", "anderem"),
        ("seit", "langem"),
        ("seit", "kurzem"),
        ("bei", "weitem"),
        ("ohne", "weiteres"),
        ("nach", "wie"),
        ("im", "übrigen"),
        ("von", "vornherein"),
    }
)


#: Plural forms of those adverbs that are one only with the noun of the idiom ("vor
#: allen Dingen") or with none ("unter anderen der Minister"); before another noun they
#: are its determiner and the phrase may be the verb's object ("warnte vor allen
#: Risiken", "leiden unter anderen Problemen").
_FIXED_PLURALS = {("vor", "allen"): "dingen", ("unter", "anderen"): ""}


def fixed_adverbial(texts: Sequence[str], j: int) -> bool:
    """Whether the preposition at ``j`` and the word after it are a fixed adverb
    (:data:`_FIXED_ADVERBIALS`, :data:`_FIXED_PLURALS`)."""
    pair = (texts[j].lower(), texts[j + 1].lower())
    if pair in _FIXED_ADVERBIALS:
        return True
    if pair not in _FIXED_PLURALS:
        return False
    noun = texts[j + 2] if j + 2 < len(texts) else ""
    return noun.lower() == _FIXED_PLURALS[pair] or not noun[:1].isupper()


def _adverbial_phrase(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    morphs: Sequence[str],
    j: int,
    preposition: str,
    verb: str,
) -> bool:
    """Whether the phrase of the preposition at ``j`` says where or when rather than
    being the verb's object: "auf"/"über"/"in" with a dative (the frame's object is an
    accusative, except for a few verbs: "besteht auf dem Vertrag"), the preposition of
    those verbs' dative frame with an accusative ("Geld in die Sanierung stecken"),
    "an"/"am" with a noun of place or time ("an mehreren Stellen", "am Montag"); a
    fixed adverb of a preposition and a pronoun or adjective ("vor allem", "unter
    anderem": :data:`_FIXED_ADVERBIALS`)."""
    if j + 1 < len(texts) and fixed_adverbial(texts, j):
        return True  # "die vor allem zulasten der Schüler gehe": above all, no "vor jdm."
    if preposition in _TIME_PREPOSITIONS and _time_or_source(
        texts, tags, lemmas, morphs, j, preposition
    ):
        return True  # "nach einer halben Stunde", "am Ende", "nach Angaben des Hauses"
    if verb.lower() in _DATIVE_FRAME.get(preposition, ()):
        # the dative frame's preposition with an accusative is a direction: "Geld in die
        # Sanierung stecken" (to put), not "in etw. stecken" (to be mired in)
        return _accusative_object(texts, tags, morphs, j)
    if preposition in _ACCUSATIVE_FRAME:
        low = texts[j].lower()
        if low == "im":  # "in dem"
            return True
        if low != preposition:  # a contraction: "aufs", "übers", "ins" are accusative
            return False
        return _dative_object(texts, tags, morphs, j)
    if preposition == "an":
        if _accusative_object(texts, tags, morphs, j):
            return False  # "sich an die Stelle wenden": the verb's object
        return any(tags[k] == "NOUN" and _place_or_time(lemmas[k]) for k in _phrase_words(tags, j))
    return False


def _accusative_object(
    texts: Sequence[str], tags: Sequence[str], morphs: Sequence[str], j: int
) -> bool:
    """Whether the phrase of the preposition at ``j`` is plainly an accusative: a
    contraction with "das" ("ins", "aufs"), a determiner that is never dative before
    its noun ("in die Sanierung", "an eine Stelle"), or "den" before a singular ("in den
    Kasten")."""
    if texts[j].lower() in ("ins", "aufs", "ans", "übers", "ums", "fürs", "durchs"):
        return True
    words = _phrase_words(tags, j)
    first_noun = next((k for k in words if tags[k] in ("NOUN", "PROPN")), words.stop)
    before = {texts[k].lower() for k in range(j + 1, first_noun)}
    if before & _ACCUSATIVE_DETERMINERS:
        return True
    singular = first_noun < words.stop and "Number=Sing" in morphs[first_noun].split("|")
    return "den" in before and singular


def _phrase_words(tags: Sequence[str], j: int) -> range:
    """The tokens after the preposition at ``j`` up to the next preposition, verb,
    conjunction or punctuation (at most :data:`_PHRASE_REACH`)."""
    end = j + 1
    while end < min(len(tags), j + 1 + _PHRASE_REACH) and tags[end] in (
        "DET", "ADJ", "NUM", "ADV", "NOUN", "PROPN", "PRON",
    ):  # fmt: skip
        end += 1
    return range(j + 1, end)


def _dative_object(
    texts: Sequence[str], tags: Sequence[str], morphs: Sequence[str], j: int
) -> bool:
    """Whether the phrase after the preposition at ``j`` is plainly a dative, told by its
    determiner: one in -em ("auf dem", "über einem"), "den" before a plural ("auf den
    Fluren") or "der" before a feminine singular ("auf der Straße") that the tagger
    reads as a dative only. A bare noun's case is a guess: not plain."""
    for k in _phrase_words(tags, j):
        if tags[k] == "DET":
            low = texts[k].lower()
            if _DATIVE_DETERMINER.fullmatch(low):
                return True
            if low not in ("den", "der"):
                return False  # "auf eine Probe", "über die Grenze": never dative
        elif tags[k] in ("NOUN", "PROPN"):
            if k == j + 1 or tags[k - 1] not in ("DET", "ADJ"):
                return False
            features = morphs[k].split("|")
            if [f for f in features if f.startswith("Case=")] != ["Case=Dat"]:
                return False
            article = next((texts[d].lower() for d in range(j + 1, k) if tags[d] == "DET"), "")
            if article == "den":  # "den Fluren", not "den Sommer"
                return "Number=Plur" in features
            # "der Straße", not "der Städte"
            return article == "der" and "Gender=Fem" in features and "Number=Sing" in features
    return False


#: Prepositions that open a phrase of time with a noun of time ("nach der Pause", "vor
#: einer Woche", "seit Jahren", "bis Ende Mai", "zu Beginn", "am Ende"); "in" only with a
#: a two-way preposition only with a phrase not plainly accusative ("in der ersten
#: Halbzeit", not "in die Pause gehen").
_TIME_PREPOSITIONS = frozenset({"nach", "vor", "seit", "bis", "zu", "an", "in"})
#: Nouns of time: the phrase they head says when, it is no verb's object. Compounds
#: ending in the first group count too ("Freitagabend", "Winterpause", "Vorjahr").
_TIME_ENDINGS = (
    "stunde",
    "minute",
    "sekunde",
    "woche",
    "monat",
    "jahr",
    "jahrzehnt",
    "jahrhundert",
    "abend",
    "nacht",
    "pause",
    "halbzeit",
    "saison",
    "spielzeit",
    "quartal",
)
_TIME_NOUNS = frozenset(
    {
        "tag", "morgen", "vormittag", "mittag", "nachmittag", "wochenende", "feiertag",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
        "september", "oktober", "november", "dezember", "frühjahr", "frühling", "sommer",
        "herbst", "winter", "ende", "anfang", "beginn", "auftakt", "mitte",
        "jahresende", "jahresbeginn", "jahresanfang", "kriegsende", "spielende", "uhr",
    }
)  # fmt: skip
#: Nouns that make a "nach" phrase name the source of a statement ("nach Angaben der
#: Polizei", "nach eigener Einschätzung", "nach Schätzungen"): according to, never an
#: object ("nach etw. gehen", "nach jdm. kommen"). Compounds count ("Polizeiangaben").
#: Not "Meinung", "Information": "fragte nach ihrer Meinung", "sucht nach Informationen".
_SOURCE_ENDINGS = (
    "angabe",
    "angaben",
    "auffassung",
    "einschätzung",
    "schätzung",
    "darstellung",
    "bericht",
    "berechnung",
    "erkenntnis",
    "aussage",
    "ansicht",
    "überzeugung",
)


#: Adverbs that make "nach" a direction ("nach oben"), no verb's object.
_DIRECTION_ADVERBS = frozenset(
    {"oben", "unten", "vorn", "vorne", "hinten", "links", "rechts", "draußen", "drinnen"}
)


def _time_or_source(
    texts: Sequence[str],
    tags: Sequence[str],
    lemmas: Sequence[str],
    morphs: Sequence[str],
    j: int,
    preposition: str,
) -> bool:
    """Whether the phrase of the preposition at ``j`` is one of time (its noun one of
    :data:`_TIME_NOUNS` or ends in one of :data:`_TIME_ENDINGS`) or, after "nach", the
    source of a statement (:data:`_SOURCE_ENDINGS`, or "nach seinen Worten"), or a
    direction ("nach Hause", "nach oben", "nach Paris")."""
    following = texts[j + 1].lower() if j + 1 < len(texts) else ""
    if preposition == "nach" and following in _DIRECTION_ADVERBS:
        return True  # "nach oben": a direction
    if preposition == "nach" and following and tags[j + 1] == "PROPN" and is_place(texts[j + 1]):
        return True  # "kam zu Besuch nach Paris": where to, no "nach jdm. kommen"
    if preposition in _TWO_WAY and _accusative_object(texts, tags, morphs, j):
        return False  # "in die Pause", "an den Anfang": a direction
    for k in _phrase_words(tags, j):
        if tags[k] not in ("NOUN", "PROPN") or not texts[k][:1].isupper():
            continue  # "nach einer knappen halben Stunde": "knappen" is no noun
        low = (lemmas[k] or texts[k]).lower()
        if low in _TIME_NOUNS or low.endswith(_TIME_ENDINGS):
            return True
        # "nach Angaben der Polizei", "nach seinen Worten", "nach Hause"; else the
        # phrase's first noun decides ("nach dem Ende" but "am Wagen")
        return preposition == "nach" and (
            low.endswith(_SOURCE_ENDINGS) or texts[k] in ("Worten", "Hause")
        )
    return False


def is_time_noun(lemma: str) -> bool:
    """Whether a noun names a span or point of time ("Tag", "Woche", "Jahr", "Sommer"):
    in the accusative it is an adverbial ("den ganzen Tag"), no object."""
    low = lemma.lower()
    return low in _TIME_NOUNS or low.endswith(_TIME_ENDINGS)


def _place_or_time(lemma: str) -> bool:
    low = lemma.lower()
    return low in _PLACE_OR_TIME or low.endswith("stelle")


#: Conjunctions that may join two nouns of one phrase ("Muscheln und Fischen").
_NOUN_JOINERS = frozenset({"und", "oder", "sowie"})


def _joins_nouns(
    texts: Sequence[str], tags: Sequence[str], sentence_ids: Sequence[int], j: int
) -> bool:
    """Whether the conjunction at ``j`` stands between two nouns of one sentence ("von
    Muscheln und Fischen"): it joins a phrase, not two clause parts."""
    if texts[j].lower() not in _NOUN_JOINERS or not 0 < j < len(texts) - 1:
        return False
    same = sentence_ids[j - 1] == sentence_ids[j] == sentence_ids[j + 1]
    # also two phrases of place or time: "im Saal und auf den Fluren"
    return same and tags[j - 1] in ("NOUN", "PROPN") and tags[j + 1] in ("NOUN", "PROPN", "ADP")


def _after_comparative(texts: Sequence[str], morphs: Sequence[str], j: int) -> bool:
    """ "als" after a comparative ("höher als"): a comparison, not the verb's "als"."""
    previous = texts[j - 1].lower() if j > 0 else ""
    return previous in _COMPARATIVES or (j > 0 and "Degree=Cmp" in morphs[j - 1])


def _is_frame_preposition(
    texts: Sequence[str], tags: Sequence[str], lemmas: Sequence[str], j: int, lemma: str
) -> bool:
    """A preposition of the verb's frame: not its own particle, not "zu" before a verb
    or an adjective."""
    if tags[j] != "ADP" or (lemmas[j] == lemma and texts[j] in PARTICLES):
        return False
    return not (texts[j].lower() == "zu" and _zu_is_not_a_preposition(texts, tags, j))


def _zu_is_not_a_preposition(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """ "zu gehen", "zu spät": "zu" before a verb, or before an adjective that no
    noun follows (unlike "zu vertraulichen Gesprächen")."""
    n = len(tags)
    following = tags[j + 1] if j + 1 < n else ""
    if following in ("VERB", "AUX", "PART"):
        return True
    if _intensifier_zu(texts, tags, j):
        return True
    after = tags[j + 2] if j + 2 < n else ""
    return following in ("ADJ", "ADV") and after not in ("NOUN", "PROPN", "ADJ")


#: Words after which "zu" is the degree adverb (too): "viel zu zaghaft", "viel zu viele".
_BEFORE_INTENSIFIER = frozenset({"viel", "weitaus"})
#: Words after "zu" that make it the degree adverb: "zu viele Menschen", "zu wenig Geld".
_AFTER_INTENSIFIER = frozenset({"viel", "viele", "wenig", "wenige", "sehr", "lange", "oft"})


def _intensifier_zu(texts: Sequence[str], tags: Sequence[str], j: int) -> bool:
    """ "zu" as the degree adverb (too), not a preposition: after "viel" ("viel zu
    zaghaft"), before "viele"/"wenig" ("zu viele Fragen"), or before a lower-case word
    the tagger took for a noun ("zu zaghaft": German nouns are capitalised)."""
    n = len(texts)
    following = texts[j + 1] if j + 1 < n else ""
    if j > 0 and texts[j - 1].lower() in _BEFORE_INTENSIFIER and following.islower():
        # not before an article or a noun: "hat viel zu dem Erfolg beigetragen"
        return tags[j + 1] not in ("DET", "PRON")
    if following.lower() in _AFTER_INTENSIFIER:
        return True
    return following.isalpha() and following.islower() and tags[j + 1] in ("NOUN", "PROPN")


def frame_at(tokens: TokenTable, index: int, as_verb: bool = False) -> str:
    """:func:`clause_frame` of token ``index`` of an analysis; with ``as_verb`` also of a
    word the tagger did not call a verb but the reading layer reads as one (a participle
    tagged as an adjective: "hatte mit diesem Ergebnis gerechnet", "hat sich gerechnet")."""
    tags: Sequence[str] = tokens.tags
    if as_verb and tags[index] != "VERB":
        tags = [*tags[:index], "VERB", *tags[index + 1 :]]
    return clause_frame(
        tokens.texts, tags, tokens.lemmas, tokens.morphs, tokens.sentence_ids, index
    )


#: "darauf", "davor", "drauf": a preposition standing for a phrase the verb governs.
_CORRELATE = re.compile(
    r"(?:dar?|dr)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von"
    r"|vor|zu|zwischen)"
)


def correlate_preposition(word: str) -> str | None:
    """The preposition of a pronominal adverb in da(r)-/dr- ("darauf", "davor", "drauf":
    auf, vor, auf), or None (also for question words in wo-)."""
    match = _CORRELATE.fullmatch(word.lower())
    return match.group(1) if match else None


def clause_span(tokens: TokenTable, index: int, conjunctions: bool = True) -> range:
    """The token indices of the clause part of token ``index``: its sentence between
    punctuation and conjunctions ("…, wenn sie wiederholt Zäune überwinden"); with
    ``conjunctions`` false between punctuation only ("Industrie- und Handelskammer")."""
    texts, ids = tokens.texts, tokens.sentence_ids
    bounds = _FRAME_BOUNDARY if conjunctions else _FRAME_BOUNDARY - _CONJUNCTIONS

    def inside(j: int) -> bool:
        # a comma inside a quoted title ("das Stück „Nach Amerika, Johanna“") ends nothing
        return texts[j] not in bounds or title_comma(texts, tokens.tags, ids, j)

    start = end = index
    while start > 0 and ids[start - 1] == ids[index] and inside(start - 1):
        start -= 1
    while end + 1 < len(texts) and ids[end + 1] == ids[index] and inside(end + 1):
        end += 1
    return range(start, end + 1)


def clause_verb(tokens: TokenTable, index: int) -> int | None:
    """The full verb of the clause part of token ``index`` nearest to it, when only
    verbs and the verb's particle follow it to the clause's end (a correlate: "wies
    darauf hin, dass" -> "wies", "darauf hinweisen, dass" -> "hinweisen"); else None
    ("Damit endet eine Serie", "kam danach nach Hause": adverbs of their own)."""
    texts, tags, ids = tokens.texts, tokens.tags, tokens.sentence_ids
    sentence = ids[index]
    j = index + 1
    while j < len(texts) and ids[j] == sentence and texts[j] not in _FRAME_BOUNDARY:
        if tags[j] not in ("VERB", "AUX") and texts[j] not in PARTICLES:
            return None
        j += 1
    best: int | None = None
    for step in (1, -1):
        j = index + step
        while 0 <= j < len(texts) and ids[j] == sentence and abs(j - index) <= _FRAME_REACH:
            if texts[j] in _FRAME_BOUNDARY:
                break
            if tags[j] == "VERB":
                if best is None or abs(j - index) < abs(best - index):
                    best = j
                break
            j += step
    return best
