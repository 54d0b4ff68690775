"""A noun with a possessive: the relation, not the class ("seine Frau": wife).

German has no separate everyday word for a spouse: "Frau" and "Mann" are "woman" and
"man", and with a possessive determiner ("meine Frau", "mit ihrem Mann") they are the
spouse. Ding lists both senses; the ranking puts the class first. A singular noun
after a possessive (only declined adjectives between: "meiner verstorbenen Frau")
shows its spouse gloss first when Ding has one. The spouse words are a closed class
of English (:data:`SPOUSE_GLOSSES`), not a list of German nouns. Not before a person
noun, where "Frau"/"Herr" is a title ("unsere Frau Bürgermeisterin", "Ihre Frau
Mutter"), nor in Ding's idiom "seinen/ihren Mann stehen" (to hold one's own). Pure; no Qt.
"""

from __future__ import annotations

import re

from app.dictionary.context import Sentence
from app.dictionary.model import WordInfo, senses_first
from app.dictionary.phrases import ATTRIBUTIVE, is_possessive
from app.dictionary.schema import word_set
from app.lexicon.roles import analyze_role
from app.lexicon.words import PREPOSITIONS

#: English glosses that name a spouse.
SPOUSE_GLOSSES = word_set("wife husband spouse")
#: A possessive's ending of the masculine accusative ("seinen", "ihren").
_ACCUSATIVE_ENDING = "en"
#: The verb of Ding's idiom "seinen / ihren Mann stehen" (to hold one's own): the
#: accusative possessive names no spouse there ("Sie hat ihren Mann gestanden"). Its
#: forms, as the sentence's lemmas miss some ("stand") or read "gestanden" as "gestehen".
_IDIOM_VERB = "stehen"
_IDIOM_FORMS = re.compile(r"(steh|st[aäü]nd)(e|en|end|est|et|st|t)?|gestanden")


def owner_at(sentence: Sentence, position: int) -> int | None:
    """The index of the possessive determiner before the word at ``position``, with
    only declined adjectives between ("ihrem Mann", "meiner verstorbenen Frau"), or
    None."""
    before = position - 1
    while before >= 0 and not sentence[before][2]:
        form = sentence[before][0]
        if is_possessive(form):
            return before
        if not ATTRIBUTIVE.fullmatch(form):
            return None
        before -= 1
    return None


def owned(sentence: Sentence, position: int) -> bool:
    """Whether the word at ``position`` follows a possessive determiner
    (:func:`owner_at`)."""
    return owner_at(sentence, position) is not None


def _title(sentence: Sentence, position: int) -> bool:
    """Whether the noun at ``position`` is a title before a person noun: "unsere Frau
    Bürgermeisterin", "Ihre Frau Mutter" (the address, not the wife)."""
    if position + 1 >= len(sentence) or not sentence[position + 1][2]:
        return False
    return analyze_role(sentence[position + 1][0].capitalize()) is not None


def _stands_idiom(sentence: Sentence, owner: int) -> bool:
    """Whether the possessive at ``owner`` is an accusative in -en (no preposition
    before it) in a sentence of "stehen": Ding's "seinen / ihren Mann stehen" (to hold
    one's own), not the husband ("Sie stand in der Krise ihren Mann"; "neben ihrem
    Mann stehen" and "auf ihren Mann warten" keep him)."""
    if not sentence[owner][0].endswith(_ACCUSATIVE_ENDING):
        return False
    if owner > 0 and sentence[owner - 1][0] in PREPOSITIONS:
        return False
    return any(
        not noun and (lemma == _IDIOM_VERB or _IDIOM_FORMS.fullmatch(form))
        for form, lemma, noun in sentence
    )


def spouse_first(
    info: WordInfo, sentence: Sentence, position: int, morph: str, limit: int
) -> WordInfo:
    """``info`` of a singular noun after a possessive with its spouse gloss first
    ("mit ihrem Mann": husband, "meine Frau": wife); else ``info`` ("eine Frau",
    "unsere Frauen", the title of "unsere Frau Bürgermeisterin", the idiom "ihren Mann
    stehen")."""
    if "Number=Sing" not in morph:
        return info
    owner = owner_at(sentence, position)
    if owner is None or _title(sentence, position) or _stands_idiom(sentence, owner):
        return info
    spouse = [g for g in info.senses if g.text in SPOUSE_GLOSSES]
    if not spouse or info.senses[0] in spouse:
        return info
    return senses_first(info, spouse[:1], limit)
