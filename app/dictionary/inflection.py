"""Whether two English glosses are inflections of one English word.

Ding translates a noun's singular and plural in two sub-entries ("Stimme | Stimmen ::
voice | voices") and a verb's forms in its table ("schließen | … | er/sie schließt ::
to close | … | closes"); the card's list then repeats one English word ("voices;
voice; votes"). :func:`same_word` tells such a pair: the glosses are the same but for
one word, and those two are forms of one English word by English morphology only —
the regular endings (-s, -es after a sibilant or o, -ies/-ied for -y, -ed, -d after e,
a doubled final consonant before -ed), the plural -men of -man, and the forms of the
closed list :data:`IRREGULAR_VERBS` (with a verb prefix: "understood", "withdrew") —
or the British and the American spelling Ding gives side by side ("metre; meter", "to
criticise; to criticize", "labour; labor": :func:`american`, rules of the ending).
No lexicon: "court" and "courtyard", "step" and "steppe" share letters, not a word.
The shorter "to" of an infinitive and the placeholders are gone from the keys compared
(:func:`app.dictionary.senses.dedup_key`). Pure functions; no I/O, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: English verbs whose past tense or past participle is not made with -ed: base, past,
#: participle (one form when they are alike). "be", "have" and "do" are left out: as
#: auxiliaries they are no gloss of their own.
IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; bear bore borne born; beat beat beaten;
become became become; begin began begun; bend bent; bet bet; bind bound; bite bit bitten;
bleed bled; blow blew blown; break broke broken; breed bred; bring brought; build built;
burn burnt; burst burst; buy bought; catch caught; choose chose chosen; cling clung;
come came come; cost cost; creep crept; cut cut; deal dealt; dig dug; draw drew drawn;
dream dreamt; drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen;
feed fed; feel felt; fight fought; find found; flee fled; fling flung; fly flew flown;
forbid forbade forbidden; forecast forecast; forget forgot forgotten; forgive forgave
forgiven; freeze froze frozen; get got gotten; give gave given; go went gone; grind
ground; grow grew grown; hang hung; hear heard; hide hid hidden; hit hit; hold held;
hurt hurt; keep kept; kneel knelt; know knew known; lay laid; lead led; lean leant;
leap leapt; learn learnt; leave left; lend lent; let let; lie lay lain; light lit; lose
lost; make made; mean meant; meet met; pay paid; prove proven; put put; quit quit; read
read; rid rid; ride rode ridden; ring rang rung; rise rose risen; run ran run; say said;
see saw seen; seek sought; sell sold; send sent; set set; sew sewn; shake shook shaken;
shed shed; shine shone; shoot shot; show shown; shrink shrank shrunk; shut shut; sing
sang sung; sink sank sunk; sit sat; sleep slept; slide slid; smell smelt; speak spoke
spoken; speed sped; spell spelt; spend spent; spill spilt; spin spun; spit spat; split
split; spoil spoilt; spread spread; spring sprang sprung; stand stood; steal stole
stolen; stick stuck; sting stung; stink stank stunk; stride strode stridden; strike
struck stricken; string strung; strive strove striven; swear swore sworn; sweep swept;
swell swelled swollen; swim swam swum; swing swung; take took taken; teach taught; tear
tore torn; tell told; think thought; throw threw thrown; thrust thrust; tread trod
trodden; wake woke woken; wear wore worn; weave wove woven; weep wept; win won; wind
wound; wring wrung; write wrote written
"""
#: Prefixes English verbs take with their irregular forms ("understand", "withdraw",
#: "overcome", "mislead", "rebuild", "foresee", "uphold", "outgrow").
VERB_PREFIXES = ("under", "with", "over", "mis", "re", "fore", "up", "out", "be")
#: English nouns whose plural changes the vowel ("men", "feet"); "-man" compounds follow
#: "man" ("chairmen").
IRREGULAR_PLURALS = {
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "geese": "goose",
    "mice": "mouse",
}
#: English plurals with a sense of their own beside the singular's ("news" is no plural of
#: "new", "goods" no "good", "customs" the border office, "arms" weapons, "glasses"
#: spectacles): never merged with their singular. Not words whose -s is as often a verb's
#: ("means", "works", "returns") or a plain plural ("damages", "forces").
_OWN_PLURALS = """news goods customs arms glasses grounds spectacles premises proceeds odds
belongings surroundings riches headquarters savings earnings manners securities holdings
futures lodgings"""
OWN_PLURALS = frozenset(_OWN_PLURALS.split())
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = frozenset("aeiou")
MIN_BASE = 3  # letters; a shorter "base" is a spelling accident ("bed" - "ed")


def _irregular_forms() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for group in IRREGULAR_VERBS.split(";"):
        words = group.split()
        if not words:
            continue
        base = words[0]
        for form in words[1:]:
            if form != base:
                forms.setdefault(form, set()).add(base)
    return {form: frozenset(bases) for form, bases in forms.items()}


_IRREGULAR_FORMS = _irregular_forms()


@lru_cache(maxsize=20_000)
def bases(word: str) -> frozenset[str]:
    """The English words ``word`` may be a form of, itself included: "voices" ->
    {voices, voice, voic}, "closed" -> {closed, close, clos}, "stood" -> {stood, stand},
    "understood" -> {…, understand}. Spelling candidates that are no word do no harm:
    two glosses are one word only when their candidate sets meet."""
    out = {word} | _IRREGULAR_FORMS.get(word, frozenset())  # "won" -> "win"
    if not word.isalpha() or len(word) <= MIN_BASE or word in OWN_PLURALS:
        return frozenset(out)
    for prefix in VERB_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest in _IRREGULAR_FORMS:
            out |= {prefix + base for base in _IRREGULAR_FORMS[rest]}
    if word in IRREGULAR_PLURALS:
        out.add(IRREGULAR_PLURALS[word])
    elif word.endswith("men"):
        out.add(word[:-3] + "man")
    if word.endswith("ies") or word.endswith("ied"):
        out.add(word[:-3] + "y")
    elif word.endswith("es") and word[:-2].endswith(_SIBILANT_ENDS):
        out.add(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        out.add(word[:-1])
    if word.endswith("ed"):
        stem = word[:-2]
        out |= {stem, stem + "e"}
        if len(stem) > MIN_BASE and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            out.add(stem[:-1])  # "stopped" -> "stop"
    return frozenset(b for b in out if len(b) >= MIN_BASE)


#: British spellings and their American ones, as rules of the ending (Ding gives both:
#: "metre; meter", "to criticise; to criticize", "labour; labor", "defence; defense"); the
#: stem before the ending must have two or three letters ("four" is no "for", "here" no
#: "heer").
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{2})is(e|ed|es|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|able|ite|ites|hood|hoods|ful|less)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2}[^aeiouy])re(s)?$"), r"er\1"),
    (re.compile(r"(?<=[a-z]{3})ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),
)

#: The last letters of every word a rule of :data:`_SPELLINGS` may respell.
_BRITISH_ENDS = (
    *(f"{s}{e}" for s in ("is", "ys") for e in ("e", "ed", "es", "ing", "er", "ers", "ation",
                                              "ations")),
    *(f"our{e}" for e in ("", "s", "ed", "ing", "able", "ite", "ites", "hood", "hoods", "ful",
                          "less")),
    "re", "res", "ence", "ences", "ogue", "ogues",
)  # fmt: skip


@lru_cache(maxsize=20_000)
def american(word: str) -> str:
    """``word`` spelt the American way, without accents: "criticise" -> "criticize",
    "labour" -> "labor", "metres" -> "meters", "defence" -> "defense", "catalogue" ->
    "catalog", "façade" -> "facade"; other words as they are."""
    plain = word
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if not plain.endswith(_BRITISH_ENDS):
        return plain  # most words: no ending to respell
    for pattern, replacement in _SPELLINGS:
        plain = pattern.sub(replacement, plain)
    return plain


@lru_cache(maxsize=20_000)
def forms(word: str) -> frozenset[str]:
    """What two glosses' words must share to be one English word: the candidate bases
    of ``word`` (:func:`bases`) and their American spellings (:func:`american`)."""
    found = bases(word)
    return found | {american(base) for base in found}


@lru_cache(maxsize=20_000)
def _words(key: str) -> tuple[str, ...]:
    return tuple(key.split())


def same_word(a: str, b: str, infinitives: bool = False) -> bool:
    """Whether two glosses' keys (:func:`~app.dictionary.senses.dedup_key`: lower case,
    no "to", no placeholders) differ only in forms of one English word: "voices"/"voice",
    "stood for"/"stand for", "closes"/"close", "metric tonnes"/"metric tonne", "metre"/
    "meter"; not "court"/"courtyard", nor equal keys (those are one gloss already).
    ``infinitives``: both glosses were "to ..." infinitives, which are never a form of
    each other ("to lay" is no past of "to lie", "to found" none of "to find", "to fell"
    none of "to fall"); only spellings then ("to criticise"/"to criticize")."""
    if a == b:
        return False
    words_a, words_b = _words(a), _words(b)
    if len(words_a) != len(words_b):
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if infinitives:
        return american(x) == american(y)
    return not forms(x).isdisjoint(forms(y))
