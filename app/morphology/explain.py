"""One-line explanations of a form for learners, and the shown verb features.

"dative plural, after »mit«", "Konjunktiv I: reported speech, 3rd person
singular", "infinitive (with »würden«)". Strings only; no Qt.
"""

from __future__ import annotations

from app.morphology.model import KIND_VERB, READABLE, FormAnalysis, ordered
from app.morphology.phrase import Agreement
from app.morphology.verbs import INFINITIVE, PARTICIPLE, Reading

_MAX_SHOWN = 2


def case_line(shown: dict[str, tuple[str, ...]], agreement: Agreement) -> str:
    parts = []
    case = shown.get("Case")
    if case:
        parts.append(" or ".join(READABLE["Case"][c] for c in case))
    number = shown.get("Number")
    if number:
        parts.append(" or ".join(READABLE["Number"][n] for n in number))
    line = " ".join(parts)
    if line and agreement.case_by in ("preposition", "determiner") and agreement.case_word:
        word = agreement.case_word
        line += f", after »{word}" + ("" if word.endswith(")") else "«")
    elif line and agreement.case_by == "clause" and agreement.case_word:
        line += f", {agreement.case_word}"
    elif line and agreement.case_by == "two-way" and case and set(case) == {"Acc", "Dat"}:
        line += f", after »{agreement.case_word}« (place: dative; direction: accusative)"
    return line


# ----------------------------------------------------------------------------- verbs


def verb_analysis(lemma: str, pos: str, found: frozenset[Reading], reason: str) -> FormAnalysis:
    forms = {r[0] for r in found}
    shown: dict[str, tuple[str, ...]] = {}
    explanation = ""
    if forms == {"Fin"}:
        shown["VerbForm"] = ("Fin",)
        for k, feature in ((1, "Mood"), (2, "Tense"), (3, "Person"), (4, "Number")):
            values = {r[k] for r in found}
            if len(values) <= _MAX_SHOWN:
                shown[feature] = ordered(feature, values)
        explanation = _finite_line(shown)
        if reason == "reported speech" and explanation.startswith("past tense or"):
            person = explanation.partition("), ")[2]
            explanation = "past tense or Konjunktiv II (reported speech)" + (
                f", {person}" if person else ""
            )
    elif forms == {"Imp"}:
        shown["Mood"] = ("Imp",)
        shown["VerbForm"] = ("Fin",)
        numbers = {r[2] for r in found}
        if len(numbers) == 1:
            shown["Person"] = ("2",)
            shown["Number"] = ordered("Number", numbers)
        explanation = "imperative (a request or command)"
    elif found == {INFINITIVE}:
        shown["VerbForm"] = ("Inf",)
        explanation = "infinitive" + (f" ({reason})" if reason else "")
    elif found == {PARTICIPLE}:
        shown["VerbForm"] = ("Part",)
        shown["Tense"] = ("Past",)
        explanation = "past participle (perfect or passive)"
    elif len(forms) <= _MAX_SHOWN:
        shown["VerbForm"] = ordered("VerbForm", forms)
        explanation = " or ".join(READABLE["VerbForm"][f] for f in shown["VerbForm"])
    return FormAnalysis(lemma=lemma, pos=pos, shown=shown, explanation=explanation, kind=KIND_VERB)


_MOOD_LINES = {
    ("Ind", "Pres"): "present tense",
    ("Ind", "Past"): "past tense",
    ("Sub", "Pres"): "Konjunktiv I: reported speech",
    ("Sub", "Past"): "Konjunktiv II: unreal or polite",
}


def _finite_line(shown: dict[str, tuple[str, ...]]) -> str:
    mood, tense = shown.get("Mood", ()), shown.get("Tense", ())
    parts = []
    if len(mood) == 1 and len(tense) == 1:
        parts.append(_MOOD_LINES.get((mood[0], tense[0]), ""))
    elif len(tense) == 1 and tense[0] == "Past" and set(mood) == {"Ind", "Sub"}:
        parts.append("past tense or Konjunktiv II (would, should)")
    elif len(tense) == 1:
        parts.append(f"{READABLE['Tense'][tense[0]]} tense")
    person, number = shown.get("Person", ()), shown.get("Number", ())
    if person and number:
        parts.append(
            " or ".join(READABLE["Person"][p] for p in person)
            + " "
            + " or ".join(READABLE["Number"][n] for n in number)
        )
    return ", ".join(p for p in parts if p)


# ----------------------------------------------------------------------------- adjectives
