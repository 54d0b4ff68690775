"""Fixed phrases of Ding's lines: "zur Verfügung stehen", "jdm. unter die Arme greifen".

Ding gives idioms and light-verb phrases as headwords of their own lines ("etw. zur
Verfügung stellen") or as later sub-entries of a noun's line ("Beschwerde {f} | … |
Beschwerde einlegen :: complaint | … | to lodge a complaint"). No single word leads
to them, so the entry table does not hold them; :func:`line_phrases` keeps them as
(headword text, the words a sentence must contain, best English gloss, rank) for the
``phrase`` table. A phrase's words are its tokens without placeholders ("jdm.",
"etw.", "sich"), the prepositions of placeholders ("bei jdm.") and optional parts in
parentheses; "Einspruch/Beschwerde" keeps both alternatives. The last word is the
phrase's verb when it looks like an infinitive (:func:`is_infinitive`): a text
matches it by lemma anywhere in the sentence, the other words in order
(:mod:`app.dictionary.phrases`). Sentences given as examples ("Das steht außer
Frage.") and phrases of one word or more than :data:`MAX_WORDS` are left out.
Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from app.dictionary.build.ding import Line, Term, content_tokens, is_placeholder
from app.dictionary.build.scores import gloss_penalty
from app.dictionary.phrases import ARTICLES, AUXILIARIES, FUNCTION_WORDS, bare_content
from app.dictionary.schema import word_set

MAX_WORDS = 6  # "mit dem Rücken zur Wand stehen"
#: Prepositions that open an adverbial phrase of their own (:func:`is_adverbial`).
PREPOSITIONS = word_set(
    "ab an auf aus bei bis durch für gegen in mit nach ohne seit über um unter von vor zu"
)
#: Words ending like an infinitive that are none.
_NOT_VERBS = word_set(
    """den einen keinen meinen deinen seinen ihren unseren euren diesen jenen allen
    wegen zwischen oben unten hinten vorne innen außen gegen neben binnen ebenen
    morgen abend gestern eben trotzdem"""
)
#: Infinitives that do not end in -en, -ern, -eln ("der Meinung sein", "so tun").
_SHORT_INFINITIVES = word_set("sein tun")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_TOKEN = re.compile(r"^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß'-]*(?:/[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß'-]*)*$")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A phrase headword: display text, the words to find (blank-separated, each
    perhaps "a/b"), whether the last one is a verb, its best gloss and a rank
    (lower is better: first alternatives of the line's first sub-entries)."""

    text: str
    words: str
    verb: bool
    gloss: str
    rank: float


def is_infinitive(token: str) -> bool:
    """ "stellen", "einlegen", "ändern", "lächeln", "sein": a lower-case word ending like
    an infinitive."""
    return token in _SHORT_INFINITIVES or (
        token[:1].islower()
        and len(token) >= 4
        and token.endswith(("en", "ern", "eln"))
        and token not in _NOT_VERBS
    )


def phrase_words(text: str) -> list[str] | None:
    """The words a sentence must contain for ``text``, or None when it is no phrase."""
    if text.rstrip().endswith((".", "!", "?", ",", ":")) or any(c in text for c in ",…"):
        return None
    words = content_tokens(_PARENTHESES.sub(" ", text))
    words = [w for w in words if not is_placeholder(w)]
    if not 2 <= len(words) <= MAX_WORDS or not all(_TOKEN.match(w) for w in words):
        return None
    parts = [part for w in words for part in w.split("/")]
    if (
        not any(p[:1].isupper() for p in parts)
        and not is_adverbial(words)
        and not is_bare_verb_phrase(words)
    ):
        return None  # "mehr als", "gelten als": the words' own entries say it better
    if all(p in ARTICLES or p[:1].isupper() for p in parts) and len(words) == 2:
        return None  # "der Bau": the noun's own entry
    if any(alt in AUXILIARIES for alt in words[-1].split("/")):
        return None  # "Interesse haben", "Hochwasser führen/haben": mostly a tense
    return words


#: Verbs of a phrase without a noun that are left out: an adjective with a copula is
#: what the adjective says ("klar sein", "fertig werden"), and the phrase would take
#: every predicative adjective of a text.
_BARE_LEFT_OUT = word_set("sein werden bleiben haben")
#: Adverbs of degree, time, frequency and place, pronouns and pronominal adverbs: with a
#: verb they say what they say alone ("sehr schätzen", "immer weitermachen", "darauf
#: achten"), so a phrase of them is no idiom a text means.
_PLAIN_ADVERBS = word_set(
    """sehr ganz gar wieder immer nie nicht kaum fast oft selten bald gern gerne stets
    erneut einmal mal schon noch nur auch etwas nichts viel mehr weniger weit hin her da
    dort hier selbst allein alleine zusammen darauf daran damit davon dafür dagegen
    darüber darum dazu dabei daraus darin es das man jetzt heute morgen lange"""
)


def _labelled(terms: tuple[Term, ...]) -> bool:
    """Whether a term of a sub-entry carries a label: a register, region or field
    ("[ugs.]", "[Br.]", "[photo.]", "[fig.]"). A phrase without a noun in such a line
    is slang, a trade's word or a figure ("nah herangehen: to zoom in", "etw. ernst
    nehmen: to take sth. on board [fig.]", "leer ausgehen: to be shafted [Am.]")."""
    return any(label != _OLD_SPELLING for term in terms for label in term.labels)


#: Ding's label of an older spelling ("ernstnehmen [alt]"), no register.
_OLD_SPELLING = "alt"


def is_bare_verb_phrase(words: list[str]) -> bool:
    """A verb phrase without a noun: lower-case words and a verb that is no copula or
    auxiliary, with one word of its own before the verb, no plain adverb
    (:data:`_PLAIN_ADVERBS`) and no infinitive unless after "zu" ("ernst nehmen",
    "leer ausgehen", "schwer tun", "leid tun", "zu schaffen machen"; not "kennen
    lernen", "so tun", "klar sein", "sehr schätzen")."""
    if len(words) < 2 or any(not w[:1].islower() for w in words):
        return False
    last = words[-1].split("/")
    if not all(is_infinitive(p) for p in last) or any(p in _BARE_LEFT_OUT for p in last):
        return False
    own = bare_content(words)
    if len(own) != 1 or any(p in _PLAIN_ADVERBS for p in own[0].split("/")):
        return False
    return not any(
        word in own
        and any(is_infinitive(p) for p in word.split("/"))
        and (k == 0 or words[k - 1] != "zu")
        for k, word in enumerate(words[:-1])
    )


def is_adverbial(words: list[str]) -> bool:
    """A preposition with an adverb, a fixed adverbial of its own: "bis dahin" (until
    then), "vor allem", "seit langem", "bis heute", "ab sofort". Its adverb alone means
    something else ("dahin": there), unlike "mehr als" or "gelten als"."""
    return (
        len(words) == 2
        and words[0] in PREPOSITIONS
        and words[1].isalpha()
        and words[1].islower()
        and words[1] not in FUNCTION_WORDS
        and not is_infinitive(words[1])
    )


def _best_gloss(terms: tuple[Term, ...], counts: Counter[str]) -> str:
    ranked = sorted(
        (gloss_penalty(term, index, counts), index, term.text.strip(" ,;"))
        for index, term in enumerate(terms)
        if term.text.strip(" ,;")
    )
    return ranked[0][2] if ranked else ""


def line_phrases(line: Line, counts: Counter[str]) -> list[Phrase]:
    """The phrases of one Ding line with their glosses (sub-entries that are only
    forms of the line's verb, "… eingelegt", are skipped)."""
    out: list[Phrase] = []
    main = line.german[0]
    is_verb = any(marker in ("v", "vt", "vi", "vr") for t in main for marker in t.markers)
    for index, sub in enumerate(line.german):
        if index >= len(line.english) or not line.english[index]:
            continue
        if is_verb and 1 <= index <= 2:
            continue  # "Einspruch/Beschwerde einlegend | … eingelegt": forms of the verb
        gloss = ""
        for alt, term in enumerate(sub):
            words = phrase_words(term.text)
            if words is None:
                continue
            if alt and is_adverbial(words):
                continue  # "unten; nach unten; darunter :: under": a synonym of "unten"
            last = words[-1]
            verb = all(is_infinitive(part) for part in last.split("/"))
            if index and is_verb and not verb:
                continue  # "er/sie legt Beschwerde ein": a conjugated form
            if is_bare_verb_phrase(words) and (
                index or not is_verb or _labelled(sub) or _labelled(line.english[0])
            ):
                continue  # only a plain verb line's own headword ("groß machen [ugs.]")
            gloss = gloss or _best_gloss(line.english[index], counts)
            if not gloss:
                break
            rank = alt * 0.2 + min(index, 3) * 0.1
            out.append(Phrase(term.text, " ".join(words), verb, gloss, rank))
    return out


def index_words(phrase: Phrase) -> list[str]:
    """Lower-cased words a phrase is found by: its nouns (capitalised words)."""
    parts = [part for word in phrase.words.split() for part in word.split("/")]
    nouns = list(dict.fromkeys(p.lower() for p in parts if p[:1].isupper()))
    if not nouns and phrase.verb and is_bare_verb_phrase(phrase.words.split()):
        # "ernst nehmen": by its own words and its verb, the words a card is opened on
        own = bare_content(phrase.words.split()) + phrase.words.split()[-1:]
        return list(dict.fromkeys(p.lower() for w in own for p in w.split("/")))
    return nouns or parts[-1:]  # "bis dahin": by its adverb
