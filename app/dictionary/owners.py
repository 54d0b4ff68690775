"""A noun with a possessive: the relation, not the class ("seine Frau": wife).

German has no separate everyday word for a spouse: "Frau" and "Mann" are "woman" and
"man", and with a possessive determiner ("meine Frau", "mit ihrem Mann") they are the
spouse. Ding lists both senses; the ranking puts the class first. A singular noun
after a possessive (only declined adjectives between: "meiner verstorbenen Frau")
shows its spouse gloss first when Ding has one. The spouse words are a closed class
of English (:data:`SPOUSE_GLOSSES`), not a list of German nouns. Pure; no Qt.
"""

from __future__ import annotations

import re

from app.dictionary.context import Sentence
from app.dictionary.model import WordInfo, senses_first
from app.dictionary.schema import word_set

#: English glosses that name a spouse.
SPOUSE_GLOSSES = word_set("wife husband spouse")
#: A possessive determiner, any ending ("meiner", "ihrem", "unsere"); not "er".
_POSSESSIVE = re.compile(r"(mein|dein|sein|ihr|unser|eue?r)(e|er|en|em|es|)")
#: A declined adjective between the possessive and its noun ("verstorbenen").
_DECLINED = re.compile(r"[a-zäöüß]{2,}(e|en|em|er|es)")


def owned(sentence: Sentence, position: int) -> bool:
    """Whether the word at ``position`` follows a possessive determiner, with only
    declined adjectives between ("ihrem Mann", "meiner verstorbenen Frau")."""
    before = position - 1
    while before >= 0 and not sentence[before][2]:
        form = sentence[before][0]
        if _POSSESSIVE.fullmatch(form) and form != "er":
            return True
        if not _DECLINED.fullmatch(form):
            return False
        before -= 1
    return False


def spouse_first(
    info: WordInfo, sentence: Sentence, position: int, morph: str, limit: int
) -> WordInfo:
    """``info`` of a singular noun after a possessive with its spouse gloss first
    ("mit ihrem Mann": husband, "meine Frau": wife); else ``info`` ("eine Frau",
    "unsere Frauen")."""
    if "Number=Sing" not in morph or not owned(sentence, position):
        return info
    spouse = [g for g in info.senses if g.text in SPOUSE_GLOSSES]
    if not spouse or info.senses[0] in spouse:
        return info
    return senses_first(info, spouse[:1], limit)
