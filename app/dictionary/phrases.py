"""Fixed phrases in a sentence: "zur Verfügung stehen", "Beschwerde einlegen", "bis dahin".

A word that belongs to an idiom or a light-verb phrase means what the phrase means,
not what the word means alone ("Mittel stehen zur Verfügung": available, not
"disposal"; "Beschwerde einlegen": to lodge an appeal, not "to insert sth."). The
reading layer sends the word's sentence with the lookup
(:mod:`app.dictionary.context`); the phrases Ding has for the
sentence's nouns and the word itself (table ``phrase``, built by
:mod:`app.dictionary.build.phrases`) are matched against it (:func:`match`), and
the card shows the best matching phrase first: "zur Verfügung stehen: to be
available".

A phrase matches when its words other than the verb occur in the sentence in their
order with at most :data:`MAX_GAP` words between two of them ("unter strengem
Schutz" for "unter Schutz"), its verb (the last word of a verb phrase) occurs as
the lemma of a word of the sentence, with a separated particle joined ("legt …
ein": einlegen), and the looked-up word is one of the matched words. A verb
phrase needs two words besides the verb, or one noun. No Qt; never raises.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.dictionary.context import Sentence
from app.dictionary.english import plainest_word_zipf
from app.dictionary.model import Gloss, WordInfo
from app.dictionary.objects import PLAIN_ARTICLES, REFLEXIVE_PRONOUNS, no_reflexive
from app.dictionary.schema import word_set
from app.dictionary.store import PhraseRow, Store
from app.grammar import fixed_adverbial, is_numeral
from app.lexicon.words import CONTRACTIONS, COPULA_VERBS, DEFINITE, DETERMINERS, PREPOSITIONS

#: A possessive determiner and its ending: Ding writes "seiner" for any owner.
_POSSESSIVE = re.compile(r"(mein|dein|sein|ihr|unser|eu?r)(e|er|en|em|es|)")
#: Every word :data:`_POSSESSIVE` matches ("er" of "eu?r": Ding's "euer").
_POSSESSIVES = frozenset(
    stem + ending
    for stem in ("mein", "dein", "sein", "ihr", "unser", "eur", "er")
    for ending in ("e", "er", "en", "em", "es", "")
)
MAX_GAP = 2  # words allowed between two words of a phrase ("unter strengem Schutz")
PHRASE_GLOSSES = 1  # phrase glosses shown before the word's own
#: A phrase gloss whose rarest English word is below this Zipf (wordfreq) gives way to
#: another line's gloss of the same phrase whose rarest word is :data:`PLAINER_MARGIN`
#: more common (:func:`_plainer_gloss`: "shy of" 4.2 -> "too little" 5.8; "to avail
#: oneself of sth." 3.6 -> "to exercise sth." 4.7). 0.8 Zipf: six times as frequent.
PLAIN_PHRASE_ZIPF = 4.5
PLAINER_MARGIN = 0.8
_CACHE_SIZE = 20_000
#: A phrase without a noun ("ernst nehmen") whose gloss has a word rarer than this Zipf
#: is not shown: Ding's rare English for such a phrase is a narrow sense or a figure
#: ("leer stehen: to stand derelict", "neu prüfen: to resurvey", "jdm. zu schaffen
#: machen: to oppress sb."), while the words' own glosses say what the text means.
BARE_PHRASE_ZIPF = 3.5

#: Auxiliaries: as a phrase's verb ("Interesse haben", "Hochwasser führen/haben") they
#: are mostly the tense of another verb in a text ("haben Interesse angemeldet"). The
#: phrase table leaves them out; :func:`match` also skips a verb with such an alternative.
AUXILIARIES = word_set("haben werden")
#: Articles and determiners of phrases ("in der Nähe").
ARTICLES = word_set(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner"
)
#: Words that carry no meaning of their own in a phrase ("zur", "die", "sich").
FUNCTION_WORDS = ARTICLES | word_set(
    """zu zur zum im am ans ins beim vom an auf aus bei durch für gegen hinter in mit nach
    neben über um unter von vor zwischen seit bis und oder nicht es sich so als wie noch
    schon nur auch"""
)


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    text: str
    gloss: str
    size: int
    rank: float
    #: a preposition and a noun ("am Rand", "in Form"): the noun's own sense stays first
    #: (not for an adverb: "bis dahin" is "until then" before "dahin: there")
    plain: bool
    #: a determiner of the sentence stood for the article Ding cites ("diese
    #: Entscheidung treffen"): after a phrase matched word for word
    other_article: bool = False
    #: the clause has a dative object the phrase cites no place for
    #: (:func:`_dative_without_slot`): a line of the same words that cites "jdm." comes
    #: first ("jdm. eine Frage stellen" before "eine Frage stellen")
    no_slot: bool = False


#: Articles of the dative singular, alone or joined to a preposition ("auf dem", "im").
_DATIVE = word_set("dem einem im am vom zum beim")


def dative_e_free(word: str) -> str | None:
    """A noun of a phrase with the old dative -e, without it ("auf dem Lande" -> "Land",
    "im Grunde" -> "Grund"): both spellings are German, and Ding often lists only the
    old one. None for any other word."""
    if word[:1].isupper() and len(word) > 4 and word.endswith("e") and word[-2] not in "aeiouäöü":
        return word[:-1]
    return None


#: Endings of an adjective's citation in a phrase ("der ländliche Raum", "neuer Wein").
_ADJECTIVE_ENDINGS = ("e", "er", "es", "en", "em")


def _declined(word: str, lemma: str) -> bool:
    """Whether a lowercase phrase word is an inflected adjective whose base is the
    sentence word's ``lemma`` ("ländliche" for "ländlichen", lemma "ländlich"): Ding
    cites a phrase in the nominative ("der ländliche Raum"), a text declines it ("im
    ländlichen Raum")."""
    return (
        len(lemma) >= 4
        and word[:1].islower()
        and word.startswith(lemma)
        and word[len(lemma) :] in _ADJECTIVE_ENDINGS
    )


#: Determiners of a definite noun, each with any ending ("diese", "jeden", "welchem").
_DEFINITE = re.compile(r"d(er|ie|as|en|em|es)|(dies|jen|jed|welch|manch|solch)(e[mnrs]?)?")
#: Indefinite ones: "ein", "kein".
_INDEFINITE = re.compile(r"k?eine?[mnrs]?")
#: A lower-case word ending like an infinitive ("laufen", "ändern", "lächeln").
_INFINITIVE = re.compile(r"[a-zäöüß]{2,}(en|ern|eln)")


#: Verbs whose phrase says what something is ("ein Kind sein", "ein Grund für etw.
#: sein"): the article belongs to the phrase ("das Kind ist ...", "aus diesem Grund").
def _before_infinitive(words: list[str]) -> bool:
    """Whether a phrase ends in a verb and the "zu" of the infinitive clause that
    follows it ("Gefahr laufen zu"), which a text puts in a clause of its own ("laufe
    Gefahr, den Anschluss zu verlieren"): the phrase is matched as its verb phrase."""
    return len(words) > 2 and words[-1] == "zu" and bool(_INFINITIVE.fullmatch(words[-2]))


def is_possessive(form: str) -> bool:
    """Whether the lower-cased ``form`` is a possessive determiner, any ending ("meiner",
    "ihrem", "unsere"); not the pronoun "er"."""
    return form != "er" and _POSSESSIVE.fullmatch(form) is not None


def _determiner_for(word: str, form: str) -> bool:
    """Whether the sentence's ``form`` may stand where a verb phrase cites the article
    ``word`` (:func:`_chunk_at`): a cited "ein" takes any determiner or possessive
    ("diese Entscheidung treffen" for "eine Entscheidung treffen"); a cited "der"
    a definite one ("den Zuschlag erhalten" is not "einen Zuschlag erhalten")."""
    if word not in PLAIN_ARTICLES or form == word:
        return False
    owner = is_possessive(form)
    if word.startswith("d"):
        return owner or bool(_DEFINITE.fullmatch(form))
    return owner or bool(_DEFINITE.fullmatch(form) or _INDEFINITE.fullmatch(form))


def _noun_follows(sentence: Sentence, start: int, end: int) -> bool:
    """Whether only adjectives stand between a determiner at ``start`` and its noun at
    ``end`` ("diese schwere Entscheidung"): no noun, article or preposition."""
    return all(
        not token[2] and token[0] not in FUNCTION_WORDS for token in sentence[start + 1 : end]
    )


def _fits(
    word: str, token: tuple[str, str, bool], dative: bool = False, declined: bool = False
) -> bool:
    """Whether a word of the sentence is the phrase's ``word`` (or one of "a/b"); a
    capitalised phrase word is a noun and needs one ("Hervorgehen" is no "hervorgehen").
    With ``dative`` (the phrase word follows a dative article) a noun in -e also fits
    the same noun without it (:func:`dative_e_free`: "auf dem Land"); with ``declined``
    (a noun phrase Ding cites with its article) an adjective fits any of its
    inflections (:func:`_declined`: "im ländlichen Raum" for "der ländliche Raum")."""
    if word[:1].isupper() and not token[2]:
        return False
    for alt in word.split("/"):
        low = alt.lower()
        if low in (token[0], token[1]):
            return True
        short = dative_e_free(alt) if dative else None
        if short is not None and short.lower() == token[0]:
            return True
        if declined and _declined(low, token[1]):
            return True
        own = _POSSESSIVE.fullmatch(low)
        if own is not None:  # "am Ende seiner Kräfte" for "am Ende ihrer Kräfte"
            other = _POSSESSIVE.fullmatch(token[0])
            if other is not None and other.group(2) == own.group(2):
                return True
    return False


#: Prepositions before a reflexive in a phrase ("Hand an sich legen", "die Schuld auf
#: sich nehmen", "eine Strafe nach sich ziehen"); the phrase table drops "sich" and its
#: preposition with the placeholders, yet they are what makes the idiom.
_REFLEXIVE_PREPOSITIONS = word_set(
    "an auf aus bei durch für gegen hinter in mit nach über um unter von vor zu zwischen"
)


def _reflexive_objects(text: str) -> list[str]:
    """The prepositions of ``text`` right before "sich" ("an" for "Hand an sich legen");
    parts in parentheses are optional and not counted."""
    tokens = re.sub(r"\([^)]*\)", " ", text).split()
    return [
        token
        for token, after in itertools.pairwise(tokens)
        if after == "sich" and token in _REFLEXIVE_PREPOSITIONS
    ]


def _has_reflexive_objects(text: str, sentence: Sentence) -> bool:
    """Whether each preposition + "sich" of ``text`` (:func:`_reflexive_objects`) stands
    in the sentence with a reflexive pronoun of any person right after it ("nahm die
    Schuld auf sich", "auf uns"): "die Hand ins Feuer gelegt" holds no "Hand an sich
    legen", "nahm die Schuld" no "die Schuld auf sich nehmen"."""
    pairs = {(a[0], b[0]) for a, b in itertools.pairwise(sentence)}
    return all(
        any((preposition, pronoun) in pairs for pronoun in REFLEXIVE_PRONOUNS)
        for preposition in _reflexive_objects(text)
    )


def _chunk_at(
    words: list[str], sentence: Sentence, start: int, declined: bool = False, loose: bool = False
) -> list[int] | None:
    """Positions of ``words`` in order from ``start``, gaps at most MAX_GAP. A lowercase
    phrase word met by a capitalised one (a name's "Soziale Sicherung", or a noun made
    from an adjective) belongs to the phrase only right before its next word: "Die
    Kleinen spielen im Hof" holds no "kleiner Hof"."""
    positions = [start]
    for k, (previous, word) in enumerate(itertools.pairwise(words)):
        last = positions[-1]
        gap = 0 if previous[:1].islower() and sentence[last][2] else MAX_GAP
        if loose and _determiner_for(previous.lower(), sentence[last][0]):
            # another determiner than the cited article: its own noun, in the cited
            # number ("ihre Türen" is no "die Tür öffnen")
            nxt = next(
                (
                    j
                    for j in range(last + 1, min(last + 2 + gap, len(sentence)))
                    if sentence[j][0] in word.lower().split("/")
                    and _noun_follows(sentence, last, j)
                ),
                None,
            )
        else:
            nxt = next(
                (
                    j
                    for j in range(last + 1, min(last + 2 + gap, len(sentence)))
                    if _fits(word, sentence[j], previous.lower() in _DATIVE, declined)
                    or (
                        loose
                        and k + 2 < len(words)
                        and _determiner_for(word.lower(), sentence[j][0])
                    )
                ),
                None,
            )
        if nxt is None:
            return None
        positions.append(nxt)
    return positions


def _verb_at(verb: str, sentence: Sentence, taken: list[int]) -> int | None:
    """A word of the sentence whose lemma is ``verb``, or whose lemma with a separated
    particle of the sentence is ("legt … ein": einlegen)."""
    forms = {token[0] for token in sentence}
    for j, (form, lemma, noun) in enumerate(sentence):
        if j in taken or len(lemma) < 3 or noun:
            continue  # a noun is no verb: "Das Unternehmen ... Schritte" (not "unternehmen")
        if lemma == "sein" and form.startswith("sein") and form not in ("sein", "seien"):
            continue  # the possessive "seine", "seiner" ... shares the lemma
        for alt in verb.lower().split("/"):
            if lemma == alt or (alt.endswith(lemma) and alt[: -len(lemma)] in forms):
                return j
    return None


def _has_owner(sentence: Sentence, first: int) -> bool:
    """Whether the phrase word at ``first`` has an owner, as Ding's "jds." asks: a
    possessive determiner at most :data:`MAX_GAP` words before it ("ihr Haus", "seine
    alte Schuld"), a name's genitive right before it ("Merkels Haus"), or a genitive
    article right after it ("das Haus des Vaters")."""
    before = sentence[max(0, first - MAX_GAP - 1) : first]
    if any(is_possessive(token[0]) for token in before):
        return True
    if first > 0:
        form, _lemma, noun = sentence[first - 1]
        if noun and form.endswith("s"):
            return True
    after = sentence[first + 1] if first + 1 < len(sentence) else None
    return after is not None and after[0] in _GENITIVE_ARTICLES


#: The article Ding cites a noun phrase with ("der ländliche Raum"); a text declines
#: it or joins it to a preposition ("im ländlichen Raum"), so it is not matched.
_CITED_ARTICLES = frozenset({"der", "die", "das"})

#: Ding's placeholder of an owner ("jds. Haus in der Stadt": someone's).
_OWNER = "jds."
_GENITIVE_ARTICLES = word_set("des eines meines deines seines ihres unseres eures")


#: A support-verb phrase of motion into a state ("zum Erliegen kommen", "in Gang
#: kommen") has a causative twin with "bringen" ("zum Erliegen bringen": to bring sth.
#: to a standstill) that Ding often leaves out.
_INCHOATIVE_VERB = "kommen"
_CAUSATIVE_VERB = "bringen"
_INTO_STATE = word_set("zum zur in ins")
#: The English of the inchoative and its causative ("to come to a standstill" -> "to
#: bring sth. to a standstill", "to get going" -> "to get sth. going").
_CAUSATIVE_ENGLISH = (
    ("to come to ", "to bring sth. to "),
    ("to come into ", "to bring sth. into "),
    ("to get ", "to get sth. "),
)


def _causative(text: str, chunk: list[str], gloss: str) -> tuple[str, str] | None:
    """The "bringen" twin (text, gloss) of a phrase "zum/in + noun + kommen" whose English
    begins with "to come to/into" or "to get", or None."""
    if (
        len(chunk) != 2
        or chunk[0].lower() not in _INTO_STATE
        or not chunk[1][:1].isupper()
        or not text.endswith(" " + _INCHOATIVE_VERB)
    ):
        return None
    for inchoative, causative in _CAUSATIVE_ENGLISH:
        if gloss.startswith(inchoative):
            made = text[: -len(_INCHOATIVE_VERB)] + _CAUSATIVE_VERB
            return made, causative + gloss[len(inchoative) :]
    return None


def spelled_out(sentence: Sentence) -> tuple[Sentence, list[int]] | None:
    """The sentence with each contraction (:data:`~app.lexicon.words.CONTRACTIONS`)
    written as preposition and article ("im Umbruch": "in dem Umbruch"; German writes
    either, and Ding cites a phrase in one of them) and, for each of its words, the
    position of the word it comes from; None when the sentence has no contraction."""
    if not any(token[0] in CONTRACTIONS for token in sentence):
        return None
    out: Sentence = []
    origin: list[int] = []
    for k, token in enumerate(sentence):
        parts = CONTRACTIONS.get(token[0])
        for part in parts or (None,):
            out.append(token if part is None else (part, part, False))
            origin.append(k)
    return out, origin


def match(row: PhraseRow, sentence: Sentence, position: int) -> PhraseMatch | None:
    """The phrase of ``row`` if the sentence holds it and the word at ``position``
    is one of its words."""
    found = _matched(row, sentence, position, spelled_out(sentence))
    return found[0] if found else None


def _matched(
    row: PhraseRow,
    sentence: Sentence,
    position: int | None,
    spelled: tuple[Sentence, list[int]] | None = None,
) -> tuple[PhraseMatch, list[int]] | None:
    """:func:`match` with the positions of the phrase's words; ``position`` None: the
    phrase wherever it stands. Failing that, the phrase in ``spelled`` (:func:`spelled_out`
    of the sentence), the sentence with its contractions written out ("sich in einem
    Umbruch befinden" in "mitten im Umbruch befindet"), where the phrase has an article
    after the contraction's preposition ("zum Ende" is no "zu Ende"; "im Norden der
    Stadt" no "in der Stadt"). Not the other way: a fixed phrase Ding cites
    with a contraction has it in any text ("zum Schluss": in the end; "zu dem Schluss
    kommen" is no such phrase)."""
    words = row[2].split(" ")
    found = _matched_words(row, words, sentence, position)
    if found is not None or spelled is None:
        return found
    wide, origin = spelled
    at = None if position is None else origin.index(position)
    found = _matched_words(row, words, wide, at)
    if found is None or any(
        j + 1 < len(wide) and origin[j + 1] == origin[j] and j + 1 not in found[1] for j in found[1]
    ):
        return None  # "zum Ende" is no "zu Ende" (through): the article is the phrase's
    return found[0], list(dict.fromkeys(origin[j] for j in found[1]))


def _matched_words(
    row: PhraseRow, words: list[str], sentence: Sentence, position: int | None
) -> tuple[PhraseMatch, list[int]] | None:
    """:func:`_matched` with the phrase's ``words``."""
    _id, text, _packed, verb, gloss, rank = row
    if not verb and _before_infinitive(words):
        words, verb = words[:-1], 1
    chunk = words[:-1] if verb else words
    if not verb and all(
        w[:1].isupper() or w.lower() in ARTICLES or _POSSESSIVE.fullmatch(w.lower()) for w in words
    ):
        return None  # "unsere Kundschaft": the noun's own entry says it
    bare = bool(verb) and is_bare(words)
    if bare and (plainest_word_zipf(gloss) or 0.0) < BARE_PHRASE_ZIPF:
        return None  # "leer stehen: to stand derelict", "sich etw. genau ansehen: to sus"
    if not chunk or (verb and len(chunk) == 1 and not chunk[0][:1].isupper() and not bare):
        return None
    if verb and any(alt.lower() in AUXILIARIES for alt in words[-1].split("/")):
        return None  # "Hochwasser führen/haben" in "nach dem Hochwasser haben … begonnen"
    cited = not verb and len(chunk) > 2 and chunk[0] in _CITED_ARTICLES
    if cited:
        chunk = chunk[1:]  # "der ländliche Raum" cites "im ländlichen Raum"
    loose = bool(verb) and not any(alt.lower() in COPULA_VERBS for alt in words[-1].split("/"))
    for start, token in enumerate(sentence):
        if not _fits(chunk[0], token, declined=cited) and not (
            loose and len(chunk) > 1 and _determiner_for(chunk[0].lower(), token[0])
        ):
            continue
        positions = _chunk_at(chunk, sentence, start, cited, loose)
        if positions is None or (bare and not _bare_fits(text, chunk, positions, sentence)):
            continue
        shown = (text, gloss)
        if verb:
            j = _verb_at(words[-1], sentence, positions)
            if j is None and (made := _causative(text, chunk, gloss)) is not None:
                j = _verb_at(_CAUSATIVE_VERB, sentence, positions)
                shown = made  # "zum Erliegen bringen" for "zum Erliegen kommen"
            if j is None:
                continue
            positions.append(j)
        if verb and _bare_noun_in_dative(chunk, positions, sentence):
            continue  # "machten ihrem Ärger Luft" holds no "Ärger machen" (to make trouble)
        no_slot = bool(verb) and _dative_without_slot(text, positions, sentence)
        if (
            not loose
            and verb
            and _determined_predicate(chunk, positions[0], positions[-1], sentence)
        ):
            continue  # "Sein Anwalt kündigte an" holds no "Anwalt sein" (to practise law)
        if position is None or position in positions:
            if _OWNER in text.split() and not _has_owner(sentence, positions[0]):
                return None  # "jds. Haus in der Stadt" in "große Häuser in der Stadt"
            if not _has_reflexive_objects(text, sentence):
                return None  # "die Hand ins Feuer gelegt" holds no "Hand an sich legen"
            own = [w for w in words if w.lower() not in FUNCTION_WORDS]
            plain = not verb and len(own) == 1 and own[0][:1].isupper()  # "am Rand"
            other = any(  # another determiner than the cited article
                w.lower() in PLAIN_ARTICLES and sentence[j][0] != w.lower()
                for w, j in zip(chunk, positions, strict=False)
            )
            return PhraseMatch(*shown, len(words), rank, plain, other, no_slot), positions
    return None


def is_bare(words: list[str]) -> bool:
    """Whether a verb phrase's words hold no noun ("ernst nehmen", "zu schaffen machen",
    "leer ausgehen"): the build keeps such a phrase only as a verb line's headword with
    one word of its own (:func:`app.dictionary.build.phrases.is_bare_verb_phrase`)."""
    return len(words) >= 2 and all(w[:1].islower() for w in words) and bool(bare_content(words))


def bare_content(words: list[str]) -> list[str]:
    """The words of a phrase before its verb that carry meaning: not articles,
    prepositions or particles ("schaffen" of "zu schaffen machen")."""
    return [w for w in words[:-1] if not all(p.lower() in FUNCTION_WORDS for p in w.split("/"))]


def _bare_fits(text: str, chunk: list[str], positions: list[int], sentence: Sentence) -> bool:
    """Whether the words of a phrase without a noun stand in the sentence as the
    phrase has them: each word of its own in the very form Ding cites, uninflected
    ("schwer", not "schwere" of "eine schwere Aufgabe"), and not the modifier of a
    noun right after it or after one adjective ("schwer kranken Patienten"); a
    reflexive phrase ("sich schwer tun") with a reflexive pronoun in the clause ("tut
    sich schwer", "tue mich schwer")."""
    tokens = text.split()
    reflexive = any(
        token == "sich" and (k == 0 or tokens[k - 1] not in _REFLEXIVE_PREPOSITIONS)
        for k, token in enumerate(tokens)
    )
    if reflexive and no_reflexive(sentence):
        return False
    for word, j in zip(chunk, positions, strict=False):
        if word.lower() in FUNCTION_WORDS:
            continue
        if sentence[j][0] not in word.lower().split("/"):
            return False
        after = sentence[j + 1 : j + 3]
        if after and after[0][2]:
            return False
        if len(after) == 2 and ATTRIBUTIVE.fullmatch(after[0][0]) and after[1][2]:
            return False
    return True


#: A determiner in -em: a dative singular, never the nominative or accusative.
_DATIVE_DETERMINER = re.compile(
    r"(d|ein|kein|dies|jen|jed|welch|manch|solch|mein|dein|sein|ihr|unser|unsr|eur)em"
)


def _bare_noun_in_dative(chunk: list[str], positions: list[int], sentence: Sentence) -> bool:
    """Whether a noun a verb phrase cites bare, as its object ("Ärger machen", "Angst
    haben"), stands in the sentence after a determiner in -em, with only adjectives
    between: a dative ("ihrem Ärger Luft machen"), another part of the clause than the
    phrase's object."""
    for k, (word, j) in enumerate(zip(chunk, positions, strict=False)):
        if not word[:1].isupper() or (k > 0 and chunk[k - 1][:1].islower()):
            continue  # a phrase word after its article or preposition: the phrase's case
        before = j - 1
        while before >= 0 and not sentence[before][2] and sentence[before][0] not in FUNCTION_WORDS:
            if _DATIVE_DETERMINER.fullmatch(sentence[before][0]):
                break
            before -= 1  # adjectives between: "seinem ganzen Ärger"
        if before >= 0 and _DATIVE_DETERMINER.fullmatch(sentence[before][0]):
            return True
    return False


#: Pronouns that are datives only ("ihr", "uns", "euch" may be other cases).
_DATIVE_PRONOUNS = word_set("mir dir ihm ihnen jemandem niemandem wem")
#: What a verb phrase cites for a dative object: "jdm. Angst machen", "jdm./einer Sache
#: Einhalt gebieten"; "sich" is the reflexive dative of "sich Sorgen machen".
_DATIVE_SLOTS = ("jdm.", "jemandem", "einer Sache", "sich", "mir", "dir")
#: Words before a dative that make it no object of the verb: prepositions, their
#: contractions, and conjunctions that join it to the phrase before.
_GOVERNING = PREPOSITIONS | _DATIVE | word_set("und oder sowie sondern als wie bzw.")


def _dative_without_slot(text: str, positions: list[int], sentence: Sentence) -> bool:
    """Whether the clause holds a dative object that the verb phrase ``text`` has no
    place for: a dative-only pronoun ("ihm", "mir") or a determiner in -em that no
    preposition governs, outside the phrase's own words, while the phrase cites no
    "jdm." (nor "sich"). "Das hat ihm Spaß gemacht" is "jdm. Spaß machen" (to be fun for
    sb.), not Ding's "Spaß machen" (to joke: "Er hat nur Spaß gemacht")."""
    if any(slot in text for slot in _DATIVE_SLOTS):
        return False
    taken = set(positions)
    for j, (form, _lemma, _noun) in enumerate(sentence):
        if j in taken or not (form in _DATIVE_PRONOUNS or _DATIVE_DETERMINER.fullmatch(form)):
            continue
        if j > 0 and sentence[j - 1][0] in _GOVERNING:
            # "mit ihm", "von dem": the preposition's, no object of the verb; "aus
            # Skandinavien und dem Baltikum": the case of the phrase it is joined to
            continue
        return True
    return False


#: An adjective's ending in the sentence's lower-cased words ("in weiten Teilen").
ATTRIBUTIVE = re.compile(r"[a-zäöüß]{2,}(e|en|em|er|es)")
#: Words after which a noun is no bare predicate: determiners, possessives, prepositions
#: and prepositions joined to an article ("der Anlass", "unserer Mitglieder", "für
#: Landwirte", "in weiten Teilen").
_NOT_PREDICATE = DETERMINERS | PREPOSITIONS | frozenset(CONTRACTIONS) | ARTICLES | {"als"}


def _determined_predicate(chunk: list[str], first: int, verb: int, sentence: Sentence) -> bool:
    """Whether a copula phrase that opens with a bare noun ("Anwalt sein", "Mitglied
    sein", "Teil von etw. sein": the noun is the predicate, cited without an article)
    finds its noun after a determiner, a possessive or a preposition, with only
    declined adjectives between: then the noun is the subject or in a prepositional
    phrase ("Sein Anwalt kündigte an", "Der Anlass ist ernst", "Für Landwirte ist …",
    "in weiten Teilen", "unter den rund 280 Mitgliedern"), not the predicate the phrase
    means ("Er ist Mitglied", "ist unter anderem Mitglied", "ist seit 2010 Mitglied")."""
    if not chunk[0][:1].isupper():
        return False
    before = first - 1
    while before >= 0 and not sentence[before][2]:
        form = sentence[before][0]
        if form in _NOT_PREDICATE or is_possessive(form):
            break
        if not (
            ATTRIBUTIVE.fullmatch(form)
            or is_numeral(form)
            or (before + 1 < first and is_numeral(sentence[before + 1][0]))
        ):
            break
        # adjectives, numbers and a degree word before a number between: "seine
        # langjährigen Mitglieder", "unter den rund 280 Mitgliedern"
        before -= 1
    if before < 0:
        return False
    form = sentence[before][0]
    if before == 0 and form in DEFINITE and verb == len(sentence) - 1:
        # a relative pronoun opening a clause whose verb ends it: "(Frauen,) die Mitglied
        # sind"; the article of a main clause's subject: "Der Anlass ist ernst"
        return False
    if form in PREPOSITIONS and _adverb_before(sentence, before):
        return False  # "ist unter anderem Mitglied", "ist nach wie vor Mitglied"
    return form in _NOT_PREDICATE or is_possessive(form)


def _adverb_before(sentence: Sentence, at: int) -> bool:
    """Whether the preposition at ``at`` opens a fixed adverb (:func:`fixed_adverbial`:
    "unter anderem", "vor allem"), or ends "nach wie vor", rather than the phrase of
    the noun after it."""
    for start in (at, at - 2):
        if start < 0:
            continue
        window = sentence[start : start + 3]
        words = [form.capitalize() if noun else form for form, _lemma, noun in window]
        if len(words) > 1 and fixed_adverbial(words, 0):
            return start == at or words[1] == "wie"
    return False


def _taken(positions: list[int], position: int, others: list[list[int]]) -> bool:
    """Whether another word of a phrase matched for the word at ``position`` belongs to
    a longer phrase of the sentence that leaves the word out: "zu gegebener Zeit
    bekannt gegeben" holds "zu gegebener Zeit", so "gegeben" is no "jdm. Zeit geben"."""
    shared = set(positions) - {position}
    return any(
        len(other) > len(positions) and position not in other and shared.intersection(other)
        for other in others
    )


def may_fit(row: PhraseRow, present: set[str]) -> bool:
    """Whether each word of the phrase besides its verb is among the forms and lemmas
    of the sentence (``present``, lower-cased), as :func:`_fits` asks ("a/b": one of
    them; a possessive fits any owner; a noun in -e without it, "Lande" for "Land"; an
    adjective without its ending, "ländliche" for "ländlich"; the article a noun
    phrase is cited with, "der ländliche Raum", is not needed): what :func:`match`
    needs before it walks the sentence. Most rows of a common noun ("Zeit", "Datum")
    fail here."""
    words = row[2].lower().split(" ")
    if row[3]:
        words.pop()
    elif _before_infinitive(words):
        words = words[:-2]
    elif len(words) > 2 and words[0] in _CITED_ARTICLES:
        words.pop(0)
    return all(_may_be_present(word, present) for word in words)


def _may_be_present(word: str, present: set[str]) -> bool:
    for alt in word.split("/"):
        if alt in present or alt in _POSSESSIVES or alt in PLAIN_ARTICLES:
            return True
        # an adjective's ending, or (its "e") a noun's dative -e: "ländliche", "Lande"
        if any(alt.endswith(e) and alt[: -len(e)] in present for e in _ADJECTIVE_ENDINGS):
            return True
    return False


class Phrases:
    """The phrase table of a :class:`Store`, with its rows cached by key."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: OrderedDict[str, list[PhraseRow]] = OrderedDict()
        self._lock = threading.Lock()

    def rows(self, keys: Sequence[str]) -> list[PhraseRow]:
        out: dict[int, PhraseRow] = {}
        missing: list[str] = []
        with self._lock:
            for key in keys:
                cached = self._cache.get(key)
                if cached is None:
                    missing.append(key)
                else:
                    out.update((r[0], r) for r in cached)
        if missing:
            fetched: dict[str, list[PhraseRow]] = {key: [] for key in missing}
            for key, row in self.store.phrases(missing):
                fetched[key].append(row)
            with self._lock:
                for key, found in fetched.items():
                    self._cache[key] = found
                    if len(self._cache) > _CACHE_SIZE:
                        self._cache.popitem(last=False)
            for found in fetched.values():
                out.update((r[0], r) for r in found)
        return list(out.values())

    def found(self, word: str, lemma: str, position: int, sentence: Sentence) -> list[PhraseMatch]:
        """Glosses of the phrases of the sentence the word at ``position`` is part of,
        best first: the phrase with the most words, then Ding's first alternative. Not
        a phrase whose other words a longer phrase without this word takes
        (:func:`_taken`: "zu gegebener Zeit bekannt gegeben")."""
        if not 0 <= position < len(sentence):
            return []
        keys = {word.lower(), lemma.lower()}
        keys.update(
            key for form, noun_lemma, noun in sentence if noun for key in (form, noun_lemma)
        )
        keys.update(  # "auf dem Lande" for "auf dem Land"
            form + "e"
            for k, (form, _lemma, noun) in enumerate(sentence)
            if noun and k > 0 and sentence[k - 1][0] in _DATIVE
        )
        present = {word for token in sentence for word in token[:2]}
        present.update(part for token in sentence for part in CONTRACTIONS.get(token[0], ()))
        rows = [row for row in self.rows(sorted(keys)) if may_fit(row, present)]
        spelled = spelled_out(sentence)
        mine = [m for row in rows if (m := _matched(row, sentence, position, spelled))]
        if not mine:
            return []
        others = [m[1] for row in rows if (m := _matched(row, sentence, None, spelled))]
        kept = [(m, positions) for m, positions in mine if not _taken(positions, position, others)]
        kept.sort(
            key=lambda mp: (
                -mp[0].size,
                mp[0].other_article,
                mp[0].no_slot,
                mp[0].rank,
                mp[0].text,
            )
        )
        if kept:
            kept[0] = _plainer_gloss(kept)
        return [m for m, _positions in kept[:PHRASE_GLOSSES]]


def _plainer_gloss(
    ranked: list[tuple[PhraseMatch, list[int]]],
) -> tuple[PhraseMatch, list[int]]:
    """The best phrase of ``ranked`` (sorted, best first) with a plainer English gloss
    where Ding gives the same phrase in several lines: "die Kosten tragen" is "to pay
    the piper" in one line and "to bear the costs" in another, "zu wenig" "shy of" and
    "too little", "in Kraft treten" "to become operative" and "to come into force". When
    the best line's gloss has a word rarer than Zipf :data:`PLAIN_PHRASE_ZIPF`, the first
    line (in Ding's order) of the same words at the same places whose rarest word is
    :data:`PLAINER_MARGIN` Zipf more common is shown instead; an idiom's figurative
    gloss is a learner's puzzle when Ding also has the plain one."""
    best, positions = ranked[0]
    rarest = plainest_word_zipf(best.gloss)
    if rarest is None or rarest >= PLAIN_PHRASE_ZIPF:
        return ranked[0]
    for other, places in ranked[1:]:
        if (
            other.size == best.size
            and other.other_article == best.other_article
            and other.no_slot == best.no_slot
            and places == positions
            and other.gloss != best.gloss
            and (plain := plainest_word_zipf(other.gloss)) is not None
            and plain >= rarest + PLAINER_MARGIN
        ):
            return other, places
    return ranked[0]


def with_phrases(info: WordInfo, found: list[PhraseMatch], limit: int) -> WordInfo:
    """``info`` with the phrases' glosses first, "zur Verfügung stehen: to be
    available"; a preposition with a noun ("am Rand: peripheral") after the word's
    first gloss, which is as often what the phrase means."""
    if not found:
        return info
    senses = list(info.senses)
    for m in reversed(found):
        gloss = Gloss(f"{m.text}: {m.gloss}")
        senses.insert(1 if m.plain and senses else 0, gloss)
    kept = tuple(senses[:limit])
    return replace(info, glosses=tuple(g.text for g in kept), senses=kept)


#: Prepositions German writes together with a noun after the 1996/2006 spelling
#: reforms ("zulasten", "aufseiten", "infrage", "zutage", "mithilfe", "vonseiten"),
#: where Ding often lists only the older phrase "zu Lasten".
_JOINED_PREPOSITIONS = ("zu", "auf", "an", "in", "mit", "von")


def joined_phrase(phrases: Phrases, word: str) -> PhraseMatch | None:
    """Ding's phrase of a preposition and a noun written as one word: "zulasten" is
    "zu Lasten :: at the expense". Only a phrase of exactly those two words."""
    lower = word.lower()
    if not lower.isalpha():
        return None
    for prep in _JOINED_PREPOSITIONS:
        noun = lower[len(prep) :]
        if not lower.startswith(prep) or len(noun) < 3:
            continue
        text = f"{prep} {noun}"
        rows = [r for r in phrases.rows([noun]) if r[1].lower() == text]
        if rows:
            best = min(rows, key=lambda r: (r[5], r[0]))
            return PhraseMatch(best[1], best[4], 2, best[5], plain=False)
    return None
