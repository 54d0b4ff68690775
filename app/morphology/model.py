"""The result of the grammar analysis of one token: :class:`FormAnalysis`.

``shown`` holds exactly the features a word card states, each with one value
or, when the evidence leaves two, both ("Case": ("Acc", "Dat") reads "dative
or accusative"); a feature with more possible values is left out, because a
wrong fact is worse than none. :meth:`FormAnalysis.ud` writes the same
features in Universal Dependencies notation, two values joined by a comma as
UD does for ambiguous features ("Case=Acc,Dat|Number=Plur"), so the JSON and
the card say the same. Plain immutable data; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

#: The order in which features are shown and written.
FEATURE_ORDER = ("VerbForm", "Mood", "Tense", "Person", "Case", "Number", "Gender", "Degree")
#: The order of the values of a two-valued feature.
VALUE_ORDER = {
    "Case": ("Nom", "Acc", "Dat", "Gen"),
    "Number": ("Sing", "Plur"),
    "Gender": ("Masc", "Fem", "Neut"),
    "Person": ("1", "2", "3"),
    "Tense": ("Pres", "Past"),
    "Mood": ("Ind", "Sub", "Imp"),
    "VerbForm": ("Fin", "Inf", "Part"),
    "Degree": ("Pos", "Cmp", "Sup"),
}
READABLE = {
    "Case": {"Nom": "nominative", "Acc": "accusative", "Dat": "dative", "Gen": "genitive"},
    "Number": {"Sing": "singular", "Plur": "plural"},
    "Gender": {"Masc": "masculine", "Fem": "feminine", "Neut": "neuter"},
    "Person": {"1": "1st person", "2": "2nd person", "3": "3rd person"},
    "Tense": {"Pres": "present", "Past": "past"},
    "Mood": {"Ind": "indicative", "Sub": "subjunctive", "Imp": "imperative"},
    "VerbForm": {"Fin": "finite", "Inf": "infinitive", "Part": "participle"},
    "Degree": {"Pos": "positive", "Cmp": "comparative", "Sup": "superlative"},
}

#: Kinds of word the analysis recognised.
KIND_NOUN = "noun"
KIND_NAME = "name or abbreviation"
KIND_VERB = "verb"
KIND_ADJECTIVE = "adjective"


class DictionaryEntry(Protocol):
    """What the analysis reads of a token's dictionary entry (``app.dictionary.WordInfo``
    has it): the gender Ding gives, whether it has glosses, and how it was found."""

    @property
    def gender(self) -> str | None: ...

    @property
    def glosses(self) -> Sequence[str]: ...

    @property
    def match(self) -> str: ...


def ordered(feature: str, values: object) -> tuple[str, ...]:
    order = VALUE_ORDER.get(feature, ())
    items = {str(v) for v in values}  # type: ignore[attr-defined]
    return tuple(sorted(items, key=lambda v: (order.index(v) if v in order else len(order), v)))


@dataclass(frozen=True, slots=True)
class FormAnalysis:
    """What the grammar says about one token (see the module docstring)."""

    lemma: str
    pos: str  # UD part of speech, corrected where the rules know better ("schwach": ADJ)
    shown: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    explanation: str = ""  # one line for learners: "dative plural, after »mit«"
    article: str | None = None  # der / die / das of the lemma (nouns)
    plural: str | None = None  # nominative plural of the lemma (nouns)
    gender: str | None = None  # lexical gender of a noun: "m", "f", "n", "pl" (plural only)
    kind: str = ""  # KIND_* or ""

    def ud(self) -> str:
        """The shown features in UD notation, e.g. ``Case=Dat|Number=Plur``."""
        parts = []
        for feature in sorted(self.shown):
            values = self.shown[feature]
            if not values:
                continue
            parts.append(f"{feature}={','.join(sorted(values))}")
        return "|".join(parts)

    def json_fields(self) -> dict[str, str]:
        """What ``analyze --json --tokens`` adds to a token: ``morph`` (exactly the
        features the card shows, :meth:`ud`), and for nouns ``article`` and ``plural``
        when known."""
        out = {"morph": self.ud()}
        if self.article:
            out["article"] = self.article
        if self.plural:
            out["plural"] = self.plural
        return out

    def readable(self) -> str:
        """The shown features in words: ``dative or accusative, plural``."""
        out: list[str] = []
        for feature in FEATURE_ORDER:
            values = self.shown.get(feature)
            if not values:
                continue
            if feature == "VerbForm" and values == ("Fin",):
                continue
            if feature == "Degree" and values == ("Pos",):
                continue
            if feature == "Gender" and self.kind == KIND_NOUN:
                continue  # the article says it
            names = READABLE[feature]
            out.append(" or ".join(names.get(v, v) for v in values))
        return ", ".join(out)


EMPTY_SHOWN: dict[str, tuple[str, ...]] = {}
