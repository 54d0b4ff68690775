"""The comparative correlatives "je … desto/umso" and "je" before a noun.

"je" is three words in Ding: the adverb ("each; ever; apiece": "je zwei Euro", "mehr
als je zuvor"), the conjunction of the correlative "je … desto; je … umso :: the …
the" ("Je weniger wir sind, desto mehr …") and the preposition "je :: per" ("1,65 Euro
je Quadratmeter"). The tagger calls all of them adverbs; the word after tells them
apart: a comparative after "je" makes it the conjunction, a noun the preposition.
"desto" and "umso" before a comparative are the second half of the correlative or an
intensifier of its own ("Umso wichtiger sei es …"): "all the" (more important), which
Ding has only inside phrases ("desto besser :: so much the better", "um so mehr ::
all the more"). Pure functions on the sentence a lookup carries; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss

#: The parts of speech whose lines :func:`reading` asks the lookup for.
CONJUNCTION = "SCONJ"
PREPOSITION = "ADP"
#: "desto"/"umso" before a comparative: Ding's phrases "desto besser :: so much the
#: better", "um so mehr :: all the more" without their adjective.
DEGREE = (Gloss("all the"), Gloss("so much the"))
#: Comparatives not made with -er from their positive.
_IRREGULAR = frozenset(
    {"mehr", "weniger", "eher", "lieber", "besser", "höher", "näher", "öfter", "minder"}
)
#: Lemmas whose forms in -er are no comparatives: "je einer", "je seiner", "je vieler".
_DETERMINERS = frozenset(
    {"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "dies", "jen", "manch",
     "welch", "solch", "all", "ander", "viel", "der", "jed"}
)  # fmt: skip
_ENDINGS = ("er", "ere", "eren", "erem", "erer", "eres")
_PLAIN = str.maketrans("äöü", "aou")
#: The second halves of the correlative.
_SECOND = frozenset({"desto", "umso"})

#: (form, lemma, noun?) of each word of a clause, lower case (context.Sentence).
_Word = tuple[str, str, bool]


def comparative(form: str, lemma: str) -> bool:
    """Is ``form`` (lower case) a comparative of ``lemma``: "weniger", "mehr", "größer"
    (groß), "längeren" (lang); not a positive in -er ("sicher", "bitter", "ander")."""
    if form in _IRREGULAR:
        return True
    if form == lemma or lemma in _DETERMINERS or not form.endswith(_ENDINGS):
        return False
    plain, base = form.translate(_PLAIN), lemma.translate(_PLAIN)
    if base.endswith("e"):  # "leise" -> "leiser"
        base = base[:-1]
    bases = [base]
    if base.endswith(("er", "el")):  # "teuer" -> "teurer", "dunkel" -> "dunkler"
        bases.append(base[:-2] + base[-1])
    return any(len(b) >= 2 and plain.startswith(b) and plain[len(b) :] in _ENDINGS for b in bases)


def reading(word: str, position: int, sentence: Sequence[_Word]) -> str | tuple[Gloss, ...] | None:
    """How the word at ``position`` of ``sentence`` is read when it is "je", "desto" or
    "umso" with a telling next word: the part of speech whose Ding lines come first
    (:data:`CONJUNCTION` for "je" before a comparative, :data:`PREPOSITION` for "je"
    before a noun), the glosses of "desto"/"umso" before a comparative
    (:data:`DEGREE`), or None (anything else: "je zwei Euro", "mehr als je zuvor")."""
    low = word.lower()
    if low not in _SECOND and low != "je":
        return None
    if not 0 <= position < len(sentence) - 1:
        return None
    form, lemma, noun = sentence[position + 1]
    if comparative(form.lower(), lemma.lower()):
        return DEGREE if low in _SECOND else CONJUNCTION
    if low == "je" and noun:
        return PREPOSITION
    return None
