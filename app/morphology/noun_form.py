"""A noun's analysis from its reading and its agreement: case and number when one or
two remain, gender, article and plural from the table or, when the table lists two
genders, from the dictionary (:func:`set_gender_lookup`). Names keep their form."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.wordfreq_data import zipf_table
from app.lexicon.words import NAMED_PLACE_KINDS, is_given_name
from app.morphology.adjectives import read_adjective
from app.morphology.agreement import GENDER_OF, Bundle
from app.morphology.explain import case_line
from app.morphology.lexicon import noun_entries
from app.morphology.model import KIND_NAME, KIND_NOUN, FormAnalysis, ordered
from app.morphology.nouns import ADJECTIVAL, NAME, NOUN, PLACE, UNKNOWN, NounReading, read_noun
from app.morphology.phrase import Agreement

if TYPE_CHECKING:
    from app.core.tokens import TokenTable

#: A feature is shown only with one or two possible values.
MAX_SHOWN = 2

ARTICLES = {"m": "der", "f": "die", "n": "das"}
_UD_GENDER = {ud: gender for gender, ud in GENDER_OF.items()}  # "Masc" -> "m"


def _case_number(bundles: frozenset[Bundle]) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(b[0] for b in bundles), frozenset(b[1] for b in bundles)


def noun_analysis(
    tokens: TokenTable,
    index: int,
    reading: NounReading,
    agreement: Agreement,
    is_name: bool,
    ding_gender: str = "",
) -> FormAnalysis:
    bundles = agreement.bundles
    cases, numbers = _case_number(bundles)
    shown: dict[str, tuple[str, ...]] = {}
    if not bundles:  # the words around contradict the form: say nothing
        return FormAnalysis(lemma=reading.lemma, pos=tokens.tags[index])
    if len(cases) <= MAX_SHOWN:
        shown["Case"] = ordered("Case", cases)
    if len(numbers) <= MAX_SHOWN and not (is_name and reading.kind == NAME and len(numbers) > 1):
        shown["Number"] = ordered("Number", numbers)
    lemma = reading.lemma
    name = is_name or reading.kind in (NAME, PLACE)
    if name:
        if is_name and reading.kind != PLACE:
            lemma = tokens.texts[index]  # "Polen" the country, not the plural of "Pole"
        following = index + 1
        first_name = (
            following < len(tokens.texts)
            and tokens.sentence_ids[following] == tokens.sentence_ids[index]
            and tokens.tags[following] == "PROPN"
            and is_given_name(lemma)
        )  # "Thomas Müllers Buch": the surname carries the genitive's "-s"
        if (
            shown.get("Case") == ("Gen",)
            and lemma == tokens.texts[index]
            and lemma.endswith("s")
            and not first_name
            and (_first_name_in_s(lemma) or _noun_in_s(lemma))
        ):
            # "Lukas", "Mats": a first name that itself ends in "-s" is no genitive of
            # "Luka", "Mat"; its "-s" shows no case (a first name's genitive ending in
            # "-s" is written with an apostrophe: "Lukas' Tor"); nor is a common noun
            # in "-s" in a name ("der Verband Haus & Grund": no genitive of "Hau")
            shown = {k: v for k, v in shown.items() if k != "Case"}
        elif (
            shown.get("Case") == ("Gen",)
            and lemma == tokens.texts[index]
            and lemma.endswith("s")
            and not first_name
        ):
            lemma = lemma[:-1]  # "Kolbecks" -> Kolbeck
        kind = KIND_NAME if reading.kind == NAME else KIND_NOUN
        pos = "PROPN"
        explanation = case_line(shown, agreement)
        return FormAnalysis(lemma=lemma, pos=pos, shown=shown, explanation=explanation, kind=kind)
    genders = _genders(reading, bundles)
    if genders == {"n"} and _untabled_verbal_head(reading):
        # "Zivilwagen": the head the table lacks read as an infinitive used as a noun
        # (das Wagen) is a noun of its own in the dictionary (der Wagen): its gender
        genders = {dictionary_gender(reading.head, reading.head)}
    if len(genders) > 1 and not ding_gender:
        ding_gender = dictionary_gender(tokens.texts[index], tokens.lemmas[index])
    if len(genders) > 1 and ding_gender:
        # "Virus": der or das by the table, the context does not say, the dictionary
        # does; where the dictionary's senses differ ("der/die See") or one is regional
        # ("das Service" [Austrian]), both stay (shown as "der/das")
        genders = (genders & set(ding_gender.split(","))) or genders
    if (
        genders == {"m", "n"}
        and numbers == {"Sing"}
        and reading.kind == NOUN
        and ding_gender[:1] in genders
        and not _one_entry_has(reading, genders)
    ):
        # "in diesem Moment", "ein Loch": the table lists der and das as two nouns of
        # their own (der Moment, an instant; das Moment, a factor) and the phrase does
        # not decide: the dictionary's first sense ("Moment {m}") is the word's usual one
        genders = {ding_gender[:1]}
    article = plural = gender = None
    if reading.kind == ADJECTIVAL:
        plural = reading.plural
        if numbers == {"Sing"} and len(genders) == 1:
            gender = next(iter(genders))
            shown["Gender"] = (_ud_gender(gender),)
        elif numbers == {"Sing"} and genders == {"m", "n"}:
            # "im Allgemeinen", "dem Neuen": the article leaves a man or a thing (der/das)
            shown["Gender"] = ("Masc", "Neut")
            article, gender = "der/das", "m,n"
        elif numbers == {"Plur"}:
            pass  # the referents' gender does not show in the plural
        # "eine der Besten": one of them, whose gender the pronoun shows (die Beste;
        # "einer", "eines", "einem" leave it open: they are forms of two genders)
        picked = _ONE_OF_GENDER.get(one_of(tokens, index), "") if numbers == {"Plur"} else ""
        if picked and picked in reading.genders:
            gender = picked
        # a person named by an adjective whose phrase leaves the gender open is a man or
        # a woman ("Kerstin Albers, Vorsitzende des Vereins": der/die Vorsitzende), not
        # only der (not for a noun of no adjective: "der Beamte", die Beamtin)
        person = "der/die" if read_adjective(lemma.lower()) else "der"
        article = (
            article or ARTICLES.get(gender or "") or (person if "m" in reading.genders else None)
        )
    elif (
        len(genders) == 2
        and reading.kind == NOUN
        and (
            genders <= set(ding_gender.split(","))
            or (
                ding_gender
                and not genders & set(ding_gender.split(","))
                and _one_entry_has(reading, genders)
            )
        )
    ):
        # "der/das Service": both standard somewhere; also when the dictionary gives
        # neither ("Yoga": der or das in the table, not Ding's "die")
        pair = sorted(genders, key="mfn".index)
        shown["Gender"] = ordered("Gender", (_ud_gender(g) for g in pair))
        article = "/".join(ARTICLES[g] for g in pair)
        gender = ",".join(pair)
        plural = reading.plural
    elif len(genders) == 1:
        gender = next(iter(genders))
        shown["Gender"] = (_ud_gender(gender),)
        article = ARTICLES[gender]
        plural = _plural_of(reading, gender)
    elif not reading.genders and reading.kind == NOUN:
        gender = "pl"  # plural-only ("Kosten", "Leute")
    if reading.kind == UNKNOWN:
        plural = None
    return FormAnalysis(
        lemma=lemma,
        pos="NOUN",
        shown=shown,
        explanation=case_line(shown, agreement),
        article=article,
        plural=plural,
        gender=gender,
        kind=KIND_NOUN,
    )


#: Where the gender of a noun comes from when its table lists two ("der/das Wetter")
#: and the caller passed no dictionary entry: (word, lemma) -> "m", "f", "n" or "".
#: The reading layer points it at the dictionary (:func:`set_gender_lookup`); this
#: package imports nothing above ``app.core``.
_gender_lookup: Callable[[str, str], str] | None = None


def set_gender_lookup(lookup: Callable[[str, str], str] | None) -> None:
    """Let the analysis ask the dictionary for a noun's gender (or stop it: None)."""
    global _gender_lookup
    _gender_lookup = lookup
    dictionary_gender.cache_clear()


@functools.cache
def dictionary_gender(word: str, lemma: str) -> str:
    """The gender the dictionary gives a noun ("" when it gives none or none is set)."""
    lookup = _gender_lookup
    if lookup is None:
        return ""
    try:
        gender = lookup(word, lemma)
    except Exception:  # the dictionary must not take the card down
        return ""
    return gender if gender and all(g in GENDER_OF for g in gender.split(",")) else ""


#: Pronouns that pick one of a group: "eine der Besten", "keiner der Beteiligten".
_ONE_OF_STEMS = ("ein", "kein", "jed")
#: Those whose form shows the gender of the one picked.
_ONE_OF_GENDER = {"e": "f", "en": "m"}


def one_of(tokens: TokenTable, index: int) -> str:
    """The ending of an "ein-"/"kein-"/"jed-" pronoun before "der" + the adjectival noun
    at ``index`` ("eine der Angeklagten": "e"), or "" (no such pronoun). Such a phrase
    is a genitive plural: one of a group."""
    texts, tags = tokens.texts, tokens.tags
    j = index - 1
    while j > 0 and tags[j] == "ADJ":
        j -= 1
    if (
        j < 1
        or texts[j].lower() != "der"
        or tokens.sentence_ids[j - 1] != tokens.sentence_ids[index]
    ):
        return ""
    word = texts[j - 1].lower()
    for stem in _ONE_OF_STEMS:
        ending = word[len(stem) :]
        if word.startswith(stem) and ending in ("e", "er", "es", "en", "em"):
            return ending
    return ""


#: Zipf floor of the word list the frequencies of first names are read from (shared
#: with :mod:`app.morphology.adjectives`).
_NAME_FLOOR = 2.5
#: How much more frequent the first name without its "-s" must be for the "-s" to be
#: read as a genitive ("Pauls": Paul's; "Mats", "Lukas" are names of their own).
_GENITIVE_MARGIN = 1.0


def _first_name_in_s(word: str) -> bool:
    """ "Lukas", "Mats", "Andreas": a first name ending in "-s", not a genitive of another
    first name ("Pauls", "Jans": Paul, Jan, far more frequent as names)."""
    if not is_given_name(word):
        return False
    stem = word[:-1]
    if not is_given_name(stem):
        return True
    words = zipf_table("de", "large", _NAME_FLOOR)
    return words.get(stem.lower(), 0.0) <= words.get(word.lower(), 0.0) + _GENITIVE_MARGIN


def _untabled_verbal_head(reading: NounReading) -> bool:
    """A compound read through an infinitive used as a noun (neuter, no plural) the noun
    table does not list as a noun, whose dictionary entry of that very form is a
    masculine or feminine noun ("Zivil" + "Wagen": der Wagen)."""
    head = reading.head
    if reading.kind != NOUN or reading.plural or not head.endswith("en") or noun_entries(head):
        return False
    return dictionary_gender(head, head) in ("m", "f")


def _noun_in_s(word: str) -> bool:
    """``word`` is the nominative singular of a common noun the table lists ("Haus",
    "Kreis"), so a name made of it keeps its "-s"."""
    return any(
        not entry.place and entry.cells and word in entry.cells[0] for entry in noun_entries(word)
    )


def primary_first(genders: str, primary: str) -> str:
    """The dictionary's genders of a noun ("m,n") with the gender of its first sense
    (``primary``) first: "n,m" for "Loch" (das Loch {n} before der Loch, a lake)."""
    if not genders:
        return primary
    parts = genders.split(",")
    if primary in parts:
        parts.remove(primary)
        parts.insert(0, primary)
    return ",".join(parts)


def _ud_gender(gender: str) -> str:
    return GENDER_OF[gender]


def _genders(reading: NounReading, bundles: frozenset[Bundle]) -> set[str]:
    """The noun's lexical gender(s) left by the agreement (all of them in the plural)."""
    singular = {_UD_GENDER[b[2]] for b in bundles if b[1] == "Sing" and b[2]}
    lexical = set(reading.genders)
    if singular and all(b[1] == "Sing" for b in bundles):
        return singular & lexical if lexical else singular
    return lexical


def _one_entry_has(reading: NounReading, genders: set[str]) -> bool:
    """Whether one table entry of the noun (of its head, for a compound) lists all of
    ``genders`` ("der/das Yoga"), not two entries one gender each ("die Weise", "der
    Weise")."""
    return any(
        genders <= set(entry.genders)
        for entry in noun_entries(reading.head or reading.lemma)
        if not entry.adjectival
    )


def _plural_of(reading: NounReading, gender: str) -> str | None:
    """The plural of the noun with the gender shown: a lemma the table lists with two
    genders has one plural each ("die Haft" has none, der Haft "Hafte"; "die Leiter",
    "Leitern", der Leiter "Leiter"), or the reading's own. A hyphenated compound with
    two or more place names before its head names one place ("Rhein-Hunsrück-Kreis",
    "Rhein-Main-Gebiet"): no plural."""
    if names_one_place(reading.lemma):
        return None
    if reading.kind != NOUN or len(reading.genders) < 2:
        return _diminutive_plural(reading.lemma, reading.plural)
    entries = [e for e in noun_entries(reading.lemma) if gender in e.genders and not e.adjectival]
    if not entries and reading.head:
        return _head_plural(reading.lemma, reading.head, gender, reading.plural)
    if not entries:
        return _diminutive_plural(reading.lemma, reading.plural)
    return next((p for e in entries if (p := e.plural())), None)


def _head_plural(lemma: str, head: str, gender: str, plural: str | None) -> str | None:
    """A compound's plural from its head's entry of the gender shown: "die
    Vergnügungssteuer", plural "Vergnügungssteuern" as die Steuer (not "Vergnügungssteuer"
    as das Steuer, the wheel)."""
    tail = lemma[len(lemma) - len(head) :]
    entries = [e for e in noun_entries(head) if gender in e.genders and not e.adjectival]
    if (
        not entries
        or tail.lower() != head.lower()
        # only a gender the dictionary gives the head itself ("Steuer {f}", tax); not a
        # rare entry of the table's ("die Eimer", plural "Eimeren") under a guessed
        # compound ("Deidesheimer")
        or gender not in dictionary_gender(head, head).split(",")
    ):
        return _diminutive_plural(lemma, plural)
    own = next((p for e in entries if (p := e.plural())), None)
    if own is None:
        return None
    if not tail[:1].isupper():
        own = own[:1].lower() + own[1:]  # a closed compound: "Vergnügungs" + "steuern"
    return lemma[: len(lemma) - len(head)] + own


def _diminutive_plural(lemma: str, plural: str | None) -> str | None:
    """A diminutive in "-chen" or "-lein" is the same in the plural ("die Rädchen", "die
    Fräulein"; the table's rarer "Räderchen" is a variant): so are all German nouns in
    "-chen" ("Kuchen", "Zeichen", "Knochen")."""
    if plural and lemma.endswith(("chen", "lein")) and plural != lemma:
        return lemma
    return plural


#: Kinds of named places and bodies that German names by a place's name before them, in
#: one word ("Harzkreis", "Moseltal", "Elbtunnel", "Eifelklinik", "Bodenseehalle"): such a
#: compound names one place or body (a closed class of general nouns).


def names_one_place(lemma: str) -> bool:
    """A hyphenated noun with two or more place names before its head, or one before a
    kind of named place (:data:`NAMED_PLACE_KINDS`), names one place ("Rhein-Herne-Kanal",
    "Elbe-Weser-Dreieck"). (A closed compound of a place's name and such a kind,
    "Harzkreis", is decided by the card, which knows Ding's compounds: "Regenkanal" is
    rain's, not the river Regen's.)"""
    parts = lemma.split("-")[:-1]
    places = sum(1 for part in parts if part[:1].isupper() and names_a_place(part))
    return places >= 2 or bool(places and lemma.rpartition("-")[2] in NAMED_PLACE_KINDS)


def names_a_place(word: str) -> bool:
    """The noun table reads ``word`` as a place or lists a place spelt so besides a common
    noun ("die Elbe" beside der Elb)."""
    return read_noun(word).kind == PLACE or any(entry.place for entry in noun_entries(word))
