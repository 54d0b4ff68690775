"""What the reader says about one word, as data: the :class:`WordCard`.

Turns a token of the analysis plus the dictionary's :class:`WordInfo` (and the
entity or person at that place) into a :class:`WordCard`. Its grammar comes from
:func:`token_grammar` (the morphology engine, :mod:`app.morphology`), the one
source the JSON of ``analyze --json --tokens`` uses too. :class:`WordDescriber` builds the
cards of one text lazily and keeps them; building one runs on the UI thread
while the mouse moves, so it must stay well under 2 ms. What the card and the
Word panel say about a sentence's translation or a word's online gloss is
described by :class:`SentenceTranslation` and :class:`OnlineGloss`. HTML and
plain text of a card: :mod:`app.reading.card_html`, :mod:`app.reading.card_text`.
No Qt here, and no spaCy objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.core.results import Entity, Person
from app.core.tokens import TokenTable
from app.dictionary import CompoundPart, WordInfo, heads
from app.dictionary.context import split_frame
from app.dictionary.frequency import FLOOR, zipf
from app.grammar import PARTICLES, family_name, is_split_particle, split_base
from app.lexicon.words import (
    AGENCY_WORDS,
    ATTRIBUTIVE_ENDINGS,
    COPULA_FORMS,
    COPULA_VERBS,
    NAMED_PLACE_KINDS,
    TOWN_PREFIXES,
    UD_GENDER,
    given_name_gender,
    is_given_name,
)
from app.morphology import FormAnalysis, features, set_adverb_lookup, set_gender_lookup
from app.morphology.adjectives import read_adjective
from app.morphology.clause import RELATIVE_PRONOUNS
from app.morphology.engine import part_of_time, tags_of
from app.morphology.forms import is_abbreviation
from app.morphology.lexicon import is_noun_lemma, is_verb, noun_entries
from app.morphology.model import KIND_ADJECTIVE, KIND_NAME, KIND_NOUN, KIND_VERB, READABLE
from app.morphology.noun_form import names_a_place, names_one_place, primary_first
from app.morphology.nouns import PLACE, plural_variant, rare_plural, read_noun, table_gender
from app.morphology.phrase import DEFINITE_ARTICLES, TIMES_OF_DAY
from app.morphology.tagging import after_neuter_quantifier, nominalised_small
from app.morphology.verbs import INFINITIVE, MODALS, PARTICIPLE, paradigm, readings
from app.nlp.gazetteer import Entry, load_gazetteer
from app.reading.lookups import InfoCache, LookupFunction, lookup_key, place_of_text, text_places
from app.reading.textmodel import ReaderIndex

if TYPE_CHECKING:
    from app.analysis import Analysis

POS_NAMES = {
    "NOUN": "noun",
    "PROPN": "proper noun",
    "VERB": "verb",
    "AUX": "auxiliary verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "ADP": "preposition",
    "DET": "determiner",
    "PRON": "pronoun",
    "CCONJ": "conjunction",
    "SCONJ": "subordinating conjunction",
    "NUM": "number",
    "PART": "particle",
    "INTJ": "interjection",
    "PUNCT": "punctuation",
    "SYM": "symbol",
    "X": "other",
}
NAME_OR_ABBREVIATION = "name or abbreviation"
#: The longest code of an agency's regional service ("lni", "lsw", "lby", "sa").
_MAX_AGENCY_CODE = 4

ENTITY_NAMES = {"PER": "Person", "LOC": "Place", "ORG": "Organisation", "MISC": "Other name"}
GENDER_NAMES = {"m": "masculine", "f": "feminine", "n": "neuter", "pl": "plural only"}
ARTICLE_OF_GENDER = {"m": "der", "f": "die", "n": "das", "pl": "die"}


#: The label of a family's name after "Familie" ("von Familie Brenner": a name, not
#: translated; :func:`app.grammar.family_name`).
FAMILY_LABEL = "PER"


def gender_name(gender: str) -> str:
    """ "masculine", or for a noun with two genders "masculine or neuter"."""
    return " or ".join(GENDER_NAMES.get(g, g) for g in gender.split(","))


def readable_pos(pos: str) -> str:
    """``NOUN`` → ``noun``; unknown tags are returned lower-cased as they are."""
    if not pos:
        return ""
    return POS_NAMES.get(pos.upper(), pos.lower() if pos.isupper() else pos)


@dataclass(frozen=True, slots=True)
class TokenGrammar:
    """The grammar of one token as the card and ``analyze --json --tokens`` state it.

    Made by :func:`token_grammar` only, so that the hover card, the Word panel,
    the clipboard text and the JSON say the same thing: the features of the
    morphology engine (:func:`app.morphology.features`), the noun's article,
    gender and plural, and one line for learners.
    """

    lemma: str
    pos: str  # UD part of speech (corrected by the engine)
    kind: str  # app.morphology KIND_* or ""
    ud: str  # the shown features in UD notation, two values joined by "," ("Case=Acc,Dat")
    line: str  # the same features in words for learners ("dative plural, after »mit«")
    article: str | None = None  # der / die / das of the lemma (nouns)
    gender: str | None = None  # "m", "f", "n", "pl" (nouns)
    plural: str | None = None  # nominative plural of the lemma (nouns)

    def json_fields(self) -> dict[str, str | None]:
        """What ``analyze --json --tokens`` adds to a token: ``morph``, ``article``, ``plural``."""
        return {"morph": self.ud, "article": self.article, "plural": self.plural}


def token_grammar(
    tokens: TokenTable,
    index: int,
    info: WordInfo | None,
    in_name: bool = False,
    proper_name: bool = False,
    label: str | None = None,
) -> TokenGrammar:
    """The grammar of token ``index`` (``info``: its dictionary answer): one source of truth.

    Case, number, gender, verb form, tense, mood, person and degree come from the
    morphology engine only, with two values when the evidence leaves two and none
    when it leaves more. The article, gender and plural of a noun come from the
    engine's noun table (compounds through their head noun), which already takes
    Ding's gender where the table lists two; Ding's are used only for a common
    noun the table does not know, so the two never contradict each other. Names
    get no gender or article; a word the tagger took for a name that is not inside
    a recognised name (``in_name``: an entity or a person's mention) and has a
    dictionary entry of its own with a gender is read as the common noun it is. A
    capitalised word inside a person's name or a place name (``proper_name``) is
    part of that name, even when it is also a common noun ("Beate Weber", "bei
    Kiel"): no gender, article or plural. A noun in the name of a place or an
    organisation (``label`` LOC or ORG: "der Lahn-Dill-Kreis", "des Kremls") names one
    thing: no plural.
    """
    analysis = _form_in_context(tokens, index, features(tokens, index, info))
    if analysis.kind == KIND_NOUN and _never_a_noun(tokens, index):
        analysis = _small_word(tokens, index)
    if (
        analysis.kind == KIND_NOUN
        and label != "PER"  # "Lange kündigte … an" after "Katrin Lange": the surname
        and capitalised_by_position(tokens, index, info)
    ):
        # an adverb ("Zeitweise kamen …"), or an adjective before its noun ("Marode
        # Brücke wird gesperrt"), whose endings are not read here: no grammar shown
        attributive = index + 1 < len(tokens) and tokens.tags[index + 1] in ("NOUN", "PROPN")
        pos = "ADJ" if attributive else "ADV"
        analysis = FormAnalysis(lemma=tokens.texts[index].lower(), pos=pos)
    if agency_credit(tokens.texts, index):
        analysis = FormAnalysis(lemma=tokens.texts[index], pos="PROPN", kind=KIND_NAME)
    elif (
        analysis.kind == KIND_NOUN and label in ("ORG", "LOC") and _adjective_in_name(tokens, index)
    ):
        # "Das Deutsche Rote Kreuz", "Die Vereinten Nationen": the adjective of the name
        base = next(r.lemma for r in read_adjective(tokens.texts[index].lower()) if r.ending)
        analysis = FormAnalysis(
            lemma=base, pos="ADJ", shown={"Degree": ("Pos",)}, kind=KIND_ADJECTIVE
        )
    elif (
        label == "PER"
        and analysis.kind not in (KIND_NOUN, KIND_NAME)
        and analysis.pos in ("ADV", "ADJ")
        and tokens.texts[index][:1].isupper()
    ):
        # a surname opening its sentence that is also an adverb or adjective ("Lange
        # kündigte … an" after "Katrin Lange"): the person, not lange
        analysis = FormAnalysis(lemma=tokens.texts[index], pos="PROPN", kind=KIND_NAME)
    elif (
        proper_name
        and label in ("LOC", "MISC")
        and _name_tagged_as_function_word(tokens, index, analysis)
    ):
        # "In Norden und Aurich …" ("Aurich" tagged an adverb), "die Fähre »Nordlicht«"
        # (tagged a determiner): a name in the middle of its sentence
        analysis = FormAnalysis(lemma=tokens.texts[index], pos="PROPN", kind=KIND_NAME)
    elif proper_name and analysis.kind == KIND_NOUN and tokens.texts[index][:1].isupper():
        analysis = _as_name(analysis, tokens, index)
    elif analysis.kind == KIND_ADJECTIVE and "Neut" not in analysis.shown.get("Gender", ("Neut",)):
        analysis = _before_town(analysis, tokens, index)
    elif analysis.kind in (KIND_NOUN, KIND_NAME) and _fixed_adjective_phrase(tokens, index):
        base = next(r.lemma for r in read_adjective(tokens.texts[index].lower()) if r.ending)
        analysis = FormAnalysis(
            lemma=base, pos="NOUN", shown=analysis.shown, explanation=analysis.explanation,
            kind=KIND_NOUN,
        )  # fmt: skip
    elif analysis.kind in (KIND_NOUN, KIND_NAME) and tokens.texts[index].endswith("-"):
        analysis = _truncated_compound(analysis, tokens, index)
    elif analysis.kind == KIND_NOUN and "Case" in analysis.shown and credit_label(tokens, index):
        shown = {k: v for k, v in analysis.shown.items() if k != "Case"}
        analysis = FormAnalysis(
            lemma=analysis.lemma, pos=analysis.pos, shown=shown, article=analysis.article,
            plural=analysis.plural, gender=analysis.gender, kind=analysis.kind,
        )  # fmt: skip
    if dateline_capitals(tokens.texts, index, tokens.sentence_ids):
        # "KEMPTEN (dpa) –": the dateline spells the place in capitals, its name is Kempten
        analysis = replace(analysis, lemma=tokens.texts[index].title())
        if analysis.kind not in (KIND_NAME, KIND_NOUN):
            # "BAD TÖLZ (dpa)": a part of the place's name, not the verb "baden"
            analysis = FormAnalysis(lemma=analysis.lemma, pos="PROPN", kind=KIND_NAME)
    if (
        label == "PER"
        and (analysis.kind == KIND_NAME or analysis.pos == "PROPN")
        and _own_lemma(tokens.texts[index], analysis.lemma)
    ):
        # "Katrin Lorenzen" (not a plural of Lorenze), "Anja Weiland" (not the adverb)
        analysis = replace(analysis, lemma=tokens.texts[index])
    pos, article, gender, plural = _with_dictionary_noun(
        analysis, info, in_name, is_abbreviation(tokens.texts, index), tokens.texts[index]
    )
    if (
        plural
        and gender
        and (
            _region_with_article(tokens, index, analysis.lemma, gender)
            or _region_compound(analysis.lemma)
            or _named_place_compound(analysis.lemma)
        )
    ):
        plural = None
    place = _place_reading(tokens, index, analysis) if label == "LOC" and not proper_name else None
    if place is not None:
        # "der Elbe" (not the plural of der Elb, elf), "im Harz" (not das Harz, resin):
        # the recogniser's place that the noun table lists as a place of one gender is
        # that place, singular, with no plural
        analysis, gender, plural = place, place.gender, None
        article = ARTICLE_OF_GENDER.get(gender) if gender else None
    if (
        gender
        and _article_contradicts(tokens, index, gender, analysis)
        and not _relative_before_part(tokens, index)
    ):
        # "Die Lahn" (not der Lahn, the wire), "Die »Seestern« lief ein" (a ship's
        # name, not der Seestern): the text's own article names another gender, so the
        # noun of the table is not this word; no article, gender or plural is shown
        article = gender = plural = None
        shown = {k: v for k, v in analysis.shown.items() if k != "Gender"}
        analysis = FormAnalysis(
            lemma=analysis.lemma, pos=analysis.pos, shown=shown, kind=analysis.kind
        )
    if plural and label in ("LOC", "ORG") and analysis.shown.get("Number") != ("Plur",):
        plural = None  # the name of one place or body ("der Lahn-Dill-Kreis", "des Kremls")
    number, genders = analysis.shown.get("Number", ()), analysis.shown.get("Gender", ())
    if plural and (number == ("Plur",) or ("Plur" in number and len(genders) > 1)):
        # the variant the text uses where the table's first is another: "die Worte
        # des Präsidenten" (not "Wörter"), read as a plural by the phrase; where the
        # number is open, only between genders the card leaves open ("37
        # Kunststoffpartikel": das Partikel's plural, not die Partikel's "Partikeln"),
        # not between two senses of one gender ("zeigen Watt": das Watt, the mudflats,
        # "Watten"; the unit's plural is "Watt")
        plural = plural_variant(analysis.lemma, tokens.texts[index], genders) or plural
    if (
        plural
        and number == ("Sing",)
        and analysis.kind == KIND_NOUN
        # not the word itself quoted after it ("das Wort »Heimat«": Wörter)
        and not (index + 1 < len(tokens) and tokens.texts[index + 1] in _QUOTES)
    ):
        # a noun with two plurals of one sense line in Ding, the table's second: the
        # first is the one a singular in running text has ("zu Wort melden", "das letzte
        # Wort": Worte; the text's own plural form still decides above)
        plural = next((p for f in _FIRST_PLURAL if (p := f(analysis.lemma, plural))), plural)
    if plural and _mass_reading(tokens, index, info, plural, analysis):
        plural = None  # "in Kurzarbeit", "auf eiskalte Polarluft": no "Kurzarbeiten"
    if plural and label is None and not proper_name and _bare_mass(tokens, index, analysis, plural):
        plural = None  # "noch Glas machen", "dass Geld allein …", "aus Glas", "viel Strom"
    if (
        plural
        and "Plur" not in analysis.shown.get("Number", ())
        and rare_plural(analysis.lemma, plural)
    ):
        plural = None  # "das Wasser", "keine Panik": no "Wässer", "Paniken"
    if (
        plural
        and analysis.shown.get("Number") != ("Plur",)
        and _sense_without_plural(tokens, index, analysis, info, gender, plural)
    ):
        plural = None  # "das Ganze", "Mitte Oktober", "nach geltendem Recht", "das Kupfer"
    if article == "der/die" and analysis.kind == KIND_NOUN:
        # "Kerstin Albers, Vorsitzende des Vereins", "Vorsitzende Kerstin Albers": the
        # person named beside it says which
        named = _named_beside(tokens, index)
        article = ARTICLE_OF_GENDER.get(named or "", article)
    if plural and tokens.texts[index] in TIMES_OF_DAY and _after_number(tokens, index):
        # "bis 17 Uhr": a time of day, whose noun has no plural ("12 Uhren" are clocks)
        plural = None
    # a separable verb's particle standing apart has no form of its own ("legt … fest":
    # no degree of "fest")
    particle = is_split_particle(tokens.texts[index], tokens.lemmas[index])
    return TokenGrammar(
        lemma=analysis.lemma,
        pos=pos,
        kind=analysis.kind,
        ud="" if particle else analysis.ud(),
        line="" if particle else form_line(analysis),
        article=article,
        gender=gender,
        plural=plural,
    )


def _never_a_noun(tokens: TokenTable, index: int) -> bool:
    """German writes every noun with a capital: a word in small letters ("nach ersten
    Schätzungen", "von überall aus einsehen") is no noun, whatever the tagger or a noun
    of its letters says (not an abbreviation: "dpa", "km", nor an adjective used as a
    noun after its article: "das gebotene"); nor is a definite article opening its
    sentence ("Die 19 und 21 Jahre alten Fahrer": not a noun "Die")."""
    text = tokens.texts[index]
    if text.lower() in DEFINITE_ARTICLES:
        return True
    return (
        text.islower()  # not a brand with a capital inside ("das neue iPhone")
        and len(text) >= _SHORTEST_SMALL_WORD
        and text.isalpha()
        and not is_abbreviation(tokens.texts, index)
        # an adjective spelt small that its article makes a noun ("das gebotene",
        # "meint der 32jährige", "alles andere") keeps that reading
        and not nominalised_small(tokens, index)
        and not after_neuter_quantifier(tokens, index)
    )


#: Shorter words in small letters may be abbreviations ("dpa", "kg", "sek").
_SHORTEST_SMALL_WORD = 5


def _small_word(tokens: TokenTable, index: int) -> FormAnalysis:
    """The card of a word read as a noun that cannot be one (:func:`_never_a_noun`): the
    adjective its endings name ("schmalen": schmal), else the word's own lemma; no
    article, gender, plural or case is shown (the noun's were read for the wrong word)."""
    text = tokens.texts[index]
    if text.lower() in DEFINITE_ARTICLES:
        return FormAnalysis(lemma="der", pos="DET")
    base = next((r.lemma for r in read_adjective(text) if r.ending), None)
    if base is not None:
        return FormAnalysis(lemma=base, pos="ADJ", kind=KIND_ADJECTIVE)
    lemma = tokens.lemmas[index] if tokens.lemmas[index][:1].islower() else text
    if is_verb(text) or is_verb(lemma):
        # "von überall aus einsehen", "Der Verein plant …": the verb
        return FormAnalysis(lemma=lemma if is_verb(lemma) else text, pos="VERB", kind=KIND_VERB)
    tag = tokens.tags[index]
    # an ordinal or an adjective the table lacks ("nach ersten Schätzungen")
    pos = "ADJ" if tag in ("NOUN", "PROPN") and text.endswith(ATTRIBUTIVE_ENDINGS) else tag
    return FormAnalysis(lemma=lemma, pos=pos)


def _named_beside(tokens: TokenTable, index: int) -> str | None:
    """The gender ("m", "f") of the person whose name the noun at ``index`` stands in
    apposition to, by the first name: right after it ("Vorsitzende Kerstin Albers") or
    before it with its surname and a comma ("Kerstin Albers, Vorsitzende …"); None
    when no first name of one gender stands there."""
    texts, same = tokens.texts, tokens.sentence_ids
    if index + 2 < len(texts) and same[index + 2] == same[index]:
        after = given_name_gender(texts[index + 1])
        if after in ("m", "f") and texts[index + 2][:1].isupper():
            return after
    if index >= 3 and same[index - 3] == same[index] and texts[index - 1] == ",":
        before = given_name_gender(texts[index - 3])
        if before in ("m", "f") and texts[index - 2][:1].isupper():
            return before
    return None


def _noun_follows(tokens: TokenTable, index: int) -> bool:
    """A capitalised noun follows token ``index`` in its sentence, right after it or after
    adjectives ("sein Erspartes", "sein ganzes Vermögen")."""
    k = index + 1
    while k < len(tokens) and tokens.sentence_ids[k] == tokens.sentence_ids[index]:
        if tokens.tags[k] in ("NOUN", "PROPN"):
            return tokens.texts[k][:1].isupper()
        if tokens.tags[k] != "ADJ" or not tokens.texts[k].islower():
            return False
        k += 1
    return False


#: The relative pronouns (the clause rules' one list) after which "Ende", "Mitte" or
#: "Anfang" opens a time (", die Ende Mai beginnt", ", welche Mitte Juni kommt"); not the
#: genitive "dessen"/"deren", after which the word is a noun with its article (", dessen
#: Ende Mai bevorsteht": its end, das Ende).
_RELATIVE_PRONOUNS = RELATIVE_PRONOUNS - {"dessen", "deren"}
#: The gender of each part of a period ("Ende September").
_GENDER_OF_PART = {"Anfang": "m", "Mitte": "f", "Ende": "n"}
#: Personal pronouns a plural noun stands in apposition to ("für uns Ältere", "wir
#: Deutschen"), with the cases they leave.
_APPOSITION_PRONOUNS = {"wir": ("Nom",), "uns": ("Acc", "Dat"), "euch": ("Acc", "Dat")}
#: Prepositions that take the accusative only or the dative only (the pronoun's case).
_ACCUSATIVE_PREPOSITIONS = frozenset({"für", "gegen", "ohne", "um", "durch"})
_DATIVE_PREPOSITIONS = frozenset({"mit", "von", "bei", "aus", "zu", "nach", "seit", "gegenüber"})


def _form_in_context(tokens: TokenTable, index: int, analysis: FormAnalysis) -> FormAnalysis:
    """The engine's reading of token ``index``, corrected where its neighbour settles the
    form: "meist" alone is the adverb (mostly), not the superlative of viel ("die
    meisten", "am meisten" are); a verb form right after "zu" is the infinitive ("die
    Entscheidung zu verschieben", not a finite plural); an adjective used as a noun right
    after "wir", "uns" or "euch" is in apposition to the pronoun, plural and in its case
    ("für uns Ältere": accusative plural, not a nominative singular)."""
    text = tokens.texts[index]
    if text.lower() == "meist" and analysis.kind != KIND_NOUN:
        return FormAnalysis(lemma="meist", pos="ADV")
    if text == "sein" and analysis.kind == KIND_VERB and _noun_follows(tokens, index):
        # "dem man sein Erspartes brachte": the possessive before its noun, no infinitive
        return FormAnalysis(lemma="sein", pos="DET")
    if text == "sein" and analysis.kind != KIND_VERB and _before_punctuation(tokens, index):
        # "Es könnte sein, dass …": no possessive stands before a comma; the infinitive
        return FormAnalysis(lemma="sein", pos="AUX", shown={"VerbForm": ("Inf",)}, kind=KIND_VERB)
    before = tokens.texts[index - 1].lower() if index > 0 else ""
    same = index > 0 and tokens.sentence_ids[index - 1] == tokens.sentence_ids[index]
    if analysis.kind == KIND_NOUN and _relative_before_part(tokens, index):
        # ", der Mitte Juni begann", ", die Anfang März eröffnet wurde": the word before is
        # the relative pronoun, not the noun's article; an accusative of time
        gender = _GENDER_OF_PART[text]
        of_time = {**analysis.shown, "Case": ("Acc",), "Gender": (UD_GENDER[gender],)}
        return replace(analysis, shown=of_time, article=ARTICLE_OF_GENDER[gender], gender=gender)
    if analysis.kind != KIND_NOUN and text in _GENDER_OF_PART and part_of_time(tokens, index):
        # "Ende September" the tagger called a name: the noun, singular; an accusative of
        # time where no preposition governs it (", die Ende September beginnen soll")
        gender = _GENDER_OF_PART[text]
        governed = same and (tokens.tags[index - 1] == "ADP" or before in _WITH_ARTICLE)
        cases: tuple[str, ...] = analysis.shown.get("Case", ()) if governed else ("Acc",)
        shown: dict[str, tuple[str, ...]] = {"Gender": (UD_GENDER[gender],), "Number": ("Sing",)}
        if cases:
            shown["Case"] = cases
        return FormAnalysis(
            lemma=text, pos="NOUN", shown=shown, article=ARTICLE_OF_GENDER[gender],
            gender=gender, kind=KIND_NOUN,
        )  # fmt: skip
    if (
        same
        and before == "zu"
        and analysis.kind == KIND_VERB
        and analysis.shown.get("VerbForm") == ("Fin",)
        and text.islower()
        and INFINITIVE in readings(text, analysis.lemma, guess=False)
    ):
        return FormAnalysis(
            lemma=analysis.lemma, pos=analysis.pos, shown={"VerbForm": ("Inf",)},
            kind=analysis.kind,
        )  # fmt: skip
    if (
        same
        and before in _APPOSITION_PRONOUNS
        and analysis.kind == KIND_NOUN
        and text.endswith(("e", "en"))
        and analysis.lemma.endswith("e")
        and text.startswith(analysis.lemma[:-1])
        and any(r.ending for r in read_adjective(text.lower()))
    ):
        cases = _APPOSITION_PRONOUNS[before]
        governing = tokens.texts[index - 2].lower() if index > 1 else ""
        if before != "wir" and governing in _ACCUSATIVE_PREPOSITIONS:
            cases = ("Acc",)
        elif before != "wir" and governing in _DATIVE_PREPOSITIONS:
            cases = ("Dat",)
        return FormAnalysis(
            lemma=analysis.lemma, pos=analysis.pos,
            shown={"Case": cases, "Number": ("Plur",)}, article=analysis.article,
            plural=analysis.plural, gender=analysis.gender, kind=analysis.kind,
        )  # fmt: skip
    return analysis


#: Heads of nouns of a process or an activity, which name it as a whole in the singular
#: ("der Klimawandel", "den Fährverkehr", "der Denkmalschutz", "den Handel mit Gas", "der
#: Abbau von Stellen", "der Bedarf"): their rare plurals belong to no sense a news text
#: uses in the singular.
_PROCESS_HEADS = ("wandel", "schutz", "verkehr", "handel", "bedarf", "verbrauch", "abbau")
#: Ding's field labels of a substance ("Kupfer {n} [chem.]"): an entry with one of them and
#: no plural line names the material, which has none.
_SUBSTANCE_FIELDS = frozenset({"chem.", "min.", "metal."})
#: Determiners that end like a strong adjective ("dem", "einem", "keiner"): not the
#: adjective of :func:`_strong_adjective_phrase`.
_DETERMINER_STEMS = ("d", "ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur",
                     "dies", "jed", "jen", "welch", "manch", "solch", "all")  # fmt: skip


def _sense_without_plural(
    tokens: TokenTable,
    index: int,
    analysis: FormAnalysis,
    info: WordInfo | None,
    gender: str | None,
    plural: str,
) -> bool:
    """The singular noun at ``index`` is used in a sense that has no plural, whatever
    article it has: an adjective made a neuter noun ("das Ganze", "das Neue": the
    masculine and feminine persons keep theirs, "die Alten"); a part of a period before
    a month or year ("Mitte Oktober", "bis Ende 2026"); a noun of a process ("der
    Klimawandel"); a substance Ding lists with no plural ("das Kupfer"); a noun after a
    preposition and a strong adjective with no determiner ("nach geltendem Recht", "mit
    großer Mehrheit": a count noun in the singular needs an article there)."""
    number = analysis.shown.get("Number", ())
    if analysis.kind != KIND_NOUN or "Sing" not in number:
        return False
    lemma = analysis.lemma
    low = lemma.casefold()
    if low.endswith(_PROCESS_HEADS) and (is_noun_lemma(lemma) or _process_compound(lemma)):
        return True  # also where the phrase leaves a genitive plural ("Der Klimawandel")
    if (
        info is not None
        and not info.plural
        and info.match == "exact"
        and _SUBSTANCE_FIELDS & {d.strip() for d in info.domains.split(",")}
        and not any(listed(lemma, plural) for listed in _PLURAL_LISTED)
    ):
        return True
    if number != ("Sing",):
        return False
    if (
        gender == "n"
        and lemma.endswith("e")
        and lemma[:1].isupper()
        and any(r.ending == "e" for r in read_adjective(lemma.lower()))
    ):
        return True
    if part_of_time(tokens, index) or (index > 0 and part_of_time(tokens, index - 1)):
        return True  # "Mitte Oktober": no "Mitten", no "Oktober" as a plural
    return _strong_adjective_phrase(tokens, index)


def _relative_before_part(tokens: TokenTable, index: int) -> bool:
    """Token ``index`` is "Anfang", "Mitte" or "Ende" before a month or year right after
    a comma and a relative pronoun (", die Ende Mai beginnt"): no article of the noun."""
    return (
        tokens.texts[index] in _GENDER_OF_PART
        and index > 1
        and tokens.sentence_ids[index - 2] == tokens.sentence_ids[index]
        and tokens.texts[index - 1].lower() in _RELATIVE_PRONOUNS
        and tokens.texts[index - 2] == ","
        and part_of_time(tokens, index)
    )


def _before_punctuation(tokens: TokenTable, index: int) -> bool:
    """Token ``index`` ends its sentence or stands right before a comma, colon or dash."""
    after = index + 1
    if after >= len(tokens) or tokens.sentence_ids[after] != tokens.sentence_ids[index]:
        return True
    return tokens.texts[after] in (",", ".", ";", ":", "!", "?", "–", "-")


def _process_compound(lemma: str) -> bool:
    """``lemma`` is a compound whose last part is a process head with letters of a
    modifier before it ("Küstenschutz", "Fernverkehr"): the head decides its number even
    where the lexicon lacks the whole compound."""
    low = lemma.casefold()
    head = next((h for h in _PROCESS_HEADS if low.endswith(h)), "")
    rest = lemma[: len(lemma) - len(head)].rstrip("-")
    return bool(head) and len(rest) >= 3 and rest.isalpha() and is_noun_lemma(head.title())


def _strong_adjective_phrase(tokens: TokenTable, index: int) -> bool:
    """A preposition, then adjectives with a strong dative or genitive ending (-em, -er)
    and no determiner, then the noun at ``index``: "nach geltendem Recht", "mit großer
    Mehrheit", "aus gutem Grund" (a mass or abstract sense)."""
    sentence = tokens.sentence_ids[index]
    j = index - 1
    seen = False
    while j >= 0 and tokens.sentence_ids[j] == sentence:
        text = tokens.texts[j]
        low = text.lower()
        if not (text.isalpha() and text.islower() and low.endswith(("em", "er"))):
            break
        if low[:-2] in _DETERMINER_STEMS or not read_adjective(low):
            return False
        seen = True
        j -= 1
    return seen and j >= 0 and tokens.sentence_ids[j] == sentence and tokens.tags[j] == "ADP"


#: Words before a bare singular that make it a point in time or a means, not a mass
#: ("seit Dienstag", "bis Ende Februar", "per E-Mail", "gegen Mitternacht").
_BEFORE_COUNTED = frozenset(
    {"seit", "ab", "bis", "per", "pro", "je", "gegen", "zwischen", "ende", "mitte", "anfang",
     "vor", "nach", "binnen", "innerhalb", "außerhalb"}
)  # fmt: skip
#: Tokens that end a sentence of running text (a headline ends with none).
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", ":"})
#: Personal pronouns, which are no determiner of a noun after them ("wirft ihm Betrug vor").
_PERSONAL = frozenset({"ich", "du", "er", "es", "wir", "man", "mir", "dir", "ihm", "uns", "euch",
                       "ihnen", "sich", "mich", "dich"})  # fmt: skip
_CLOSING = frozenset({"“", "”", '"', "»", "«", ")"})


def _last_of_sentence(tokens: TokenTable, index: int) -> int:
    """The last token of the sentence of ``index`` before a closing quotation mark („…
    gesagt.“: the stop inside the quote ends the sentence)."""
    sentence = tokens.sentence_ids[index]
    last = index
    while last + 1 < len(tokens) and tokens.sentence_ids[last + 1] == sentence:
        last += 1
    if tokens.texts[last] in _CLOSING and last > index:
        last -= 1
    return last


def _mass_reading(
    tokens: TokenTable, index: int, info: WordInfo | None, plural: str, analysis: FormAnalysis
) -> bool:
    """The noun at ``index`` is used as a mass here and has no plural worth showing: a
    singular with no article, determiner, number or genitive before it (German counts a
    singular with an article: "in Kurzarbeit", "mit Wasser", "eiskalte Polarluft"), in a
    sentence of running text (a headline drops its articles), not a title before a name
    ("Landrat Hubert …"), not a point in time or a means ("seit Dienstag", "per E-Mail");
    Ding's entry of the noun (or of a compound's head) lists no plural, and the plural
    of the noun table is not in the word-frequency list ("Kurzarbeiten", "Polarlüfte",
    "Umgänge"). A plural spelt like the singular is left (no frequency tells it apart).
    Only after a preposition, a conjunction, a verb or a punctuation mark: a noun before
    it may be a tagger's slip for an adjective."""
    if analysis.shown.get("Number") != ("Sing",) or plural == analysis.lemma:
        return False
    if info is None or info.gender not in ("m", "f", "n") or info.plural:
        return False
    if info.match not in ("exact", "lemma", "compound"):
        return False
    if zipf(plural) > FLOOR and not is_verb(plural.lower()):
        return False  # a plural spelt like a verb counts the verb too ("auf Dauer": dauern)
    sentence = tokens.sentence_ids[index]
    last = _last_of_sentence(tokens, index)
    if tokens.texts[last] not in _SENTENCE_ENDS:
        return False
    if last > index and tokens.tags[index + 1] == "PROPN":
        return False
    j = index - 1
    while j >= 0 and tokens.sentence_ids[j] == sentence and _attribute_shape(tokens, j):
        j -= 1
    if j < 0 or tokens.sentence_ids[j] != sentence:
        return False  # first in its sentence: also a name or a dropped article
    before = tokens.texts[j].lower()
    return (
        (tokens.tags[j] in ("ADP", "CCONJ", "VERB", "AUX", "PUNCT") or before in _PERSONAL)
        and before not in _WITH_ARTICLE
        and before not in _BEFORE_COUNTED
        # a count noun whose plural Ding lists in a line the context did not choose
        # ("ohne Führerschein": Führerscheine {pl}; "für … Notaufnahme")
        and not any(listed(analysis.lemma, plural) for listed in _PLURAL_LISTED)
    )


#: Words before a bare singular that say "an amount of" it: a count noun would be plural
#: after them ("viel Geld", "zu wenig Strom", "mehr Platz"; "viele Kinder").
_QUANTIFIERS = frozenset({"viel", "wenig", "mehr", "weniger", "genug", "genügend", "etwas"})
#: Forms of the copula and of verbs naming what someone is: a bare singular after them is
#: a predicate, a count noun in its count sense ("ist seit Jahren Mitglied", "wurde
#: 2019 Bürgermeister", "gilt als Favorit"). The copula's forms are the lexicon's.
_COPULA_FORMS = COPULA_FORMS | frozenset({"gilt", "galt", "gelten", "heißt", "hieß", "als", "wie"})


def _bare_mass(tokens: TokenTable, index: int, analysis: FormAnalysis, plural: str) -> bool:
    """The singular noun at ``index`` stands bare, with no determiner, where German puts a
    count noun in the singular only after one: as the object or subject in running text
    after a verb, a subordinating conjunction or another noun ("wenn wir noch Glas machen
    wollen", "dass Geld allein das Problem nicht löse", "300 Gigawattstunden Strom", "dem
    Verein Geld geben"), after a word of amount ("zu wenig Geld", "mehr Platz"), or after
    "aus" (the material or the cause: "aus Glas", "aus Angst"). That is a mass or
    abstract sense, whose plural (Gläser, Gelder, Ströme) belongs to another sense: none is
    shown, however common the plural. Not for a predicate ("ist seit Jahren Mitglied",
    "als Trainer"), a noun opening its sentence or after punctuation ("Grund dafür ist
    …"), other prepositions ("zu Fuß", "ohne Führerschein"), coordinated pairs ("Hab und
    Gut", "Mutter und Kind"), a title before a name, a genitive name before it
    ("Hamburgs Hafen"), nor in a headline (which drops its articles)."""
    if analysis.kind != KIND_NOUN or analysis.shown.get("Number") != ("Sing",):
        return False
    if plural == analysis.lemma or not tokens.texts[index][:1].isupper():
        return False
    sentence = tokens.sentence_ids[index]
    last = _last_of_sentence(tokens, index)
    if tokens.texts[last] not in _SENTENCE_ENDS:
        return False  # a headline
    if last > index and (_capital_noun(tokens, index + 1) or tokens.texts[index + 1] == ":"):
        return False  # a title before a name ("forderte Fraktionschefin Merve Yıldız")
    word = tokens.texts[index]
    if word in (
        *tokens.texts[max(index - 2, 0) : max(index - 1, 0)],
        *tokens.texts[index + 2 : index + 3],
    ):
        return False  # "Schritt für Schritt", "Tag um Tag"
    if (
        last > index + 1
        and tokens.texts[index + 1] in (",", "und", "oder", "sowie")
        and tokens.texts[index + 2][:1].isupper()
    ):
        return False  # a list of bare nouns: "um Kindergarten, Feuerwehr und Straßen zu …"
    if not _clause_has_verb(tokens, index):
        return False  # an apposition: "Ein Energieversorger, seit Jahren Hauptsponsor, …"
    if index > 0 and tokens.texts[index - 1].lower() in _QUANTIFIERS:
        return True  # right before the noun: not "der etwas ältere Bahnhof"
    if index > 0 and tokens.texts[index - 1].lower() == "aus":
        return True
    j = index - 1
    while j >= 0 and tokens.sentence_ids[j] == sentence and tokens.tags[j] in ("ADJ", "ADV"):
        j -= 1
    if j < 0 or tokens.sentence_ids[j] != sentence or tokens.texts[j].lower() in _COPULA_FORMS:
        return False
    only_adverbs = all(
        tokens.tags[k] == "ADV"
        or (tokens.tags[k] == "ADJ" and not tokens.texts[k].endswith(ATTRIBUTIVE_ENDINGS))
        for k in range(j + 1, index)
    )  # an uninflected adjective is an adverb here ("will künftig auch Stahl …")
    if tokens.tags[j] == "SCONJ":
        bare = True  # "dass Geld allein …"
    elif tokens.tags[j] == "VERB" or (
        tokens.tags[j] == "AUX" and tokens.lemmas[j].lower() in MODALS
    ):
        bare = only_adverbs and _finite_before(tokens, j)  # "zahlt Lehrgeld", "will Stahl"
    elif tokens.tags[j] in ("NOUN", "PROPN"):
        # "in Rabenstein Glas geschmolzen", "300 Gigawattstunden Strom", "Jahren noch
        # Glas": a noun that is no attribute of this one (an adjective the tagger called a
        # noun, "seine fünfte Gelbe Karte"; a genitive, "Hamburgs Hafen"; the first word
        # of the sentence, "Mancher Familienbetrieb")
        bare = only_adverbs and _noun_before(tokens, j)
    else:
        bare = False
    return (
        bare
        and not _predicate(tokens, index, j, sentence)
        and not _copula_after(tokens, index, sentence)
    )


def _finite_before(tokens: TokenTable, j: int) -> bool:
    """The verb at ``j`` is a finite verb with the noun after it as its object or subject,
    not an attributive participle the tagger called a verb: no adjective's ending, or,
    with one ("kündigte", "trinken"), after a pronoun, a name, a conjunction, a mark or
    a subject opening the clause ("Die Opposition leistete"), not after an article, a
    number, an adjective or another noun ("der errechnete Termin", "34 Jahre alten
    Mann"), nor after another verb of its clause."""
    if not tokens.texts[j].lower().endswith(ATTRIBUTIVE_ENDINGS):
        return True
    if j == 0:
        return False
    if tokens.tags[j - 1] == "NOUN" and _opening_subject(tokens, j - 1):
        return True  # "Die Opposition leistete Widerstand"
    if tokens.tags[j - 1] not in ("PRON", "PROPN", "SCONJ", "CCONJ", "PUNCT"):
        return False
    k = j - 1  # and the first verb of its clause ("kommt eine am Montag veröffentlichte Studie")
    while k >= 0 and tokens.sentence_ids[k] == tokens.sentence_ids[j] and tokens.texts[k] != ",":
        if tokens.tags[k] in ("VERB", "AUX"):
            return False
        k -= 1
    return True


def _opening_subject(tokens: TokenTable, n: int) -> bool:
    """The noun at ``n`` and its article open the sentence or a clause after a comma
    ("Die Opposition leistete …"): a subject before its verb, not a noun inside a phrase
    ("einen 34 Jahre alten Mann")."""
    k = n - 1
    if k < 0 or tokens.tags[k] != "DET" or tokens.sentence_ids[k] != tokens.sentence_ids[n]:
        return False
    return (
        k == 0 or tokens.sentence_ids[k - 1] != tokens.sentence_ids[k] or tokens.texts[k - 1] == ","
    )


def _noun_before(tokens: TokenTable, j: int) -> bool:
    """The noun at ``j`` ends a phrase of its own before the next noun (see
    :func:`_bare_mass`)."""
    text = tokens.texts[j]
    if j == 0 or tokens.sentence_ids[j - 1] != tokens.sentence_ids[j]:
        return False
    if not text[:1].isupper() or text.endswith(("s", "'", "’")):
        return False
    if tokens.tags[j - 1] == "NUM":
        return True  # a measure: "20 Tonnen Stahl", "300 Gigawattstunden Strom"
    if text.endswith("er") and tokens.tags[j - 1] in ("DET", "ADP"):
        return False  # a place adjective: "das Bayreuther Zentrum", "im Leipziger Stadtteil"
    return not (text.lower().endswith(ATTRIBUTIVE_ENDINGS) and read_adjective(text.lower()))


def _capital_noun(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` is a capitalised noun or name (a name after a title, a noun after an
    adjective the tagger called a noun)."""
    return tokens.tags[i] in ("NOUN", "PROPN") and tokens.texts[i][:1].isupper()


def _predicate(tokens: TokenTable, index: int, j: int, sentence: int) -> bool:
    """A form of the copula before ``j`` in the clause of ``index`` with no verb after the
    noun in that clause: the noun is its predicate ("ist seit Jahren Mitglied"); a verb
    after it makes the copula form an auxiliary ("wird in Rabenstein Glas geschmolzen")."""
    k = j
    while k >= 0 and tokens.sentence_ids[k] == sentence and tokens.texts[k] not in (",", ";"):
        if tokens.texts[k].lower() in _COPULA_FORMS:
            break
        k -= 1
    if k < 0 or tokens.sentence_ids[k] != sentence or tokens.texts[k] in (",", ";"):
        return False
    m = index + 1
    while m < len(tokens) and tokens.sentence_ids[m] == sentence and tokens.tags[m] != "PUNCT":
        if tokens.tags[m] in ("VERB", "AUX"):
            return False
        m += 1
    # a small word closing the clause is its participle, whatever the tagger called it
    # ("wurden zuletzt 20 Tonnen Stahl verladen"); a noun or name closes a predicate's
    # clause ("ist seit Jahren Mitglied im Verein")
    last = tokens.texts[m - 1]
    return m - 1 == index or not (last[:1].islower() and last.lower() not in _COPULA_FORMS)


def _clause_has_verb(tokens: TokenTable, index: int) -> bool:
    """A verb stands between the commas (or sentence bounds) around ``index``."""
    same = tokens.sentence_ids
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(tokens) and same[k] == same[index] and tokens.texts[k] != ",":
            if tokens.tags[k] in ("VERB", "AUX"):
                return True
            k += step
    return False


def _copula_after(tokens: TokenTable, index: int, sentence: int) -> bool:
    """A form of the copula the first verb after the noun, with no adjective between
    ("will Lehrerin werden", "soll Glas aus Zwiesel bleiben"): the noun is its predicate
    (not in "dass Strom bald billiger wird", whose predicate is the adjective)."""
    m = index + 1
    while m < len(tokens) and tokens.sentence_ids[m] == sentence and tokens.tags[m] != "PUNCT":
        low = tokens.texts[m].lower()
        if tokens.tags[m] == "ADJ" or (
            tokens.tags[m] in ("VERB", "AUX") and low not in _COPULA_FORMS
        ):
            return False
        if low in _COPULA_FORMS and low not in ("als", "wie"):
            return True
        m += 1
    return False


def _attribute_shape(tokens: TokenTable, j: int) -> bool:
    """Token ``j`` may be an attribute between a noun and its article: an adjective or
    adverb, or a word spelt small the tagger called a noun ("dem wichtigsten
    Exportmarkt") or a present participle it called a verb ("den anhaltenden …")."""
    tag, text = tokens.tags[j], tokens.texts[j]
    if tag in ("ADJ", "ADV"):
        return True
    if not text[:1].islower():
        return False
    return tag == "NOUN" or (
        tag == "VERB" and text.endswith(("nde", "nden", "ndem", "nder", "ndes"))
    )


def _place_reading(tokens: TokenTable, index: int, analysis: FormAnalysis) -> FormAnalysis | None:
    """The reading of a word the recogniser marked as a place (LOC) whose form the noun
    table lists as a singular of a place of one gender ("die Elbe", "der Harz"), where the
    engine read another noun of that form or none; None where the engine's reading is the
    place's already or the table has no such place."""
    text = tokens.texts[index]
    if analysis.kind != KIND_NOUN or not text[:1].isupper():
        return None
    places = {
        (e.lemma, e.genders)
        for e in noun_entries(text)
        if e.place and any(text in c for c in e.cells[:4])
    }
    if len(places) != 1 or len(next(iter(places))[1]) != 1:
        return None
    lemma, gender = next(iter(places))
    ud_gender = UD_GENDER[gender]
    if (
        analysis.lemma == lemma
        and analysis.shown.get("Number") == ("Sing",)
        and analysis.shown.get("Gender", (ud_gender,)) == (ud_gender,)
        and analysis.gender in (None, gender)
    ):
        return None
    shown: dict[str, tuple[str, ...]] = {"Number": ("Sing",), "Gender": (ud_gender,)}
    if analysis.shown.get("Number") == ("Sing",) and "Case" in analysis.shown:
        shown["Case"] = analysis.shown["Case"]
    return FormAnalysis(
        lemma=lemma, pos=analysis.pos, shown=shown, article=ARTICLE_OF_GENDER[gender],
        gender=gender, kind=KIND_NOUN,
    )  # fmt: skip


#: Tags a name gets from the tagger by mistake that the engine reads as no noun.
_FUNCTION_TAGS = frozenset({"ADV", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "VERB", "AUX", "X"})


def _name_tagged_as_function_word(tokens: TokenTable, index: int, analysis: FormAnalysis) -> bool:
    """Token ``index``, part of a name (see :func:`card_names`), is capitalised in the
    middle of its sentence and the tagger called it a word that is no noun (German writes
    adverbs, determiners and verbs small there)."""
    text = tokens.texts[index]
    if not text[:1].isupper() or analysis.kind in (KIND_NOUN, KIND_NAME, KIND_ADJECTIVE):
        return False
    if tokens.tags[index] not in _FUNCTION_TAGS or analysis.pos == "ADJ":
        return False
    return not _opens_sentence(tokens, index)


def _adjective_in_name(tokens: TokenTable, index: int) -> bool:
    """Token ``index``, inside a recognised name, is an inflected adjective right before
    a capitalised noun ("Das Deutsche Rote Kreuz", "Das Statistische Bundesamt", "Die
    Vereinten Nationen"): German names institutions with an adjective written with a
    capital letter, an attribute of the noun after it, not a nominalised adjective (das
    Rote, der Vereinte)."""
    text = tokens.texts[index]
    if index + 1 >= len(tokens) or tokens.sentence_ids[index + 1] != tokens.sentence_ids[index]:
        return False
    after = tokens.texts[index + 1]
    if not text[:1].isupper() or not after[:1].isupper() or tokens.tags[index + 1] not in (
        "NOUN", "PROPN"
    ):  # fmt: skip
        return False
    if is_noun_lemma(text) or not text.endswith(("e", "en", "er", "es", "em")):
        return False
    return any(r.ending and r.degree == "Pos" for r in read_adjective(text.lower()))


#: The genders a definite article (or a preposition fused with one) allows a singular
#: noun after it.
_SINGULAR_ARTICLE_GENDERS = {
    "der": "mf", "die": "f", "das": "n", "dem": "mn", "den": "m", "des": "mn",
    "im": "mn", "am": "mn", "vom": "mn", "beim": "mn", "zum": "mn", "zur": "f",
    "ins": "n", "ans": "n", "aufs": "n",
}  # fmt: skip
_QUOTES = frozenset({"»", "«", "„", "“", "”", '"', "‚", "‘"})


def _article_contradicts(
    tokens: TokenTable, index: int, gender: str, analysis: FormAnalysis
) -> bool:
    """The definite article right before the singular noun at ``index`` (past adjectives
    spelt small and an opening quotation mark; not a relative pronoun) allows no noun of
    ``gender`` ("Die Lahn" for the table's der Lahn, "Die »Seestern«" for der Seestern):
    the word is not the table's noun here (a river's or a ship's name), whatever the
    table says."""
    if gender not in ("m", "f", "n") or analysis.shown.get("Number") != ("Sing",):
        return False
    if index + 1 < len(tokens) and tokens.texts[index + 1] in _DASHES:
        return False  # "den Mutter - Restaurants": the article is the compound's head's
    j = index - 1
    while (
        j >= 0
        and tokens.sentence_ids[j] == tokens.sentence_ids[index]
        and (tokens.texts[j] in _QUOTES or (tokens.tags[j] == "ADJ" and tokens.texts[j].islower()))
    ):
        j -= 1
    if j < 0 or tokens.sentence_ids[j] != tokens.sentence_ids[index]:
        return False
    if tokens.tags[j] not in ("DET", "ADP"):
        return False  # "ein Hagelschauer, der Ende August …": a relative pronoun
    allowed = _SINGULAR_ARTICLE_GENDERS.get(tokens.texts[j].lower())
    return allowed is not None and gender not in allowed


def _after_number(tokens: TokenTable, index: int) -> bool:
    """A number stands right before ``index`` ("17 Uhr", "11.30 Uhr", "zwölf Uhr")."""
    return index > 0 and (
        tokens.tags[index - 1] == "NUM" or tokens.texts[index - 1].replace(".", "").isdigit()
    )


#: What may stand before a sentence's first word ("„Zeitweise kamen …").
_OPENERS = frozenset({"„", "“", '"', "»", "«", "(", "‚", "'", "-", "–"})


def capitalised_by_position(tokens: TokenTable, index: int, info: WordInfo | None) -> bool:
    """The word opens its sentence and is capitalised only for that: the dictionary knows
    it only in small letters as a word that is neither a noun nor an inflected adjective
    ("Zeitweise kamen …", "Unterdessen fuhr …": the adverbs zeitweise, unterdessen), the
    noun table does not list it, and it is not read as a plural only. A singular common
    noun would need an article there."""
    text = tokens.texts[index]
    if (
        info is None
        or info.match not in ("case", "lemma")
        or info.lemma != text.lower()
        or info.gender
        or not text[:1].isupper()
        or is_noun_lemma(text)
    ):
        return False
    if not _opens_sentence(tokens, index):
        return False
    if any(r.ending for r in read_adjective(info.lemma)):
        return False
    return features(tokens, index, info).shown.get("Number") != ("Plur",)


def _opens_sentence(tokens: TokenTable, index: int) -> bool:
    """Token ``index`` is its sentence's first word: only quotes, brackets or dashes
    (:data:`_OPENERS`) stand before it in the sentence."""
    j = index - 1
    while j >= 0 and tokens.sentence_ids[j] == tokens.sentence_ids[index]:
        if tokens.texts[j] not in _OPENERS:
            return False
        j -= 1
    return True


def _as_name(analysis: FormAnalysis, tokens: TokenTable, index: int) -> FormAnalysis:
    """A noun reading of a word that is part of a name: no gender (nor the noun's
    article and plural). A reading only as a plural ("Simmern" as das Simmer, "Matthias
    Oberländer" as das Oberland; :func:`is_proper_name` lets those through only in a
    person's name of several words or a dateline) was the common noun's: a name without
    an article is singular, so its case and number are not shown, except the dateline's
    place, which stands alone in the nominative ("Simmern (dpa) -")."""
    shown = {k: v for k, v in analysis.shown.items() if k != "Gender"}
    lemma, explanation = analysis.lemma, analysis.explanation
    if shown.get("Number") == ("Plur",):
        shown = {k: v for k, v in shown.items() if k not in ("Case", "Number")}
        lemma, explanation = tokens.texts[index], ""
    elif place_genitive(tokens, index):
        # "Passaus Altstadt", "die Stadt Norwegens": the place's genitive, one place
        lemma = tokens.texts[index][:-1]
        if shown != {"Case": ("Gen",), "Number": ("Sing",)}:
            shown, explanation = {"Case": ("Gen",), "Number": ("Sing",)}, ""
    elif listed_place(tokens.texts[index]):
        # a place the gazetteer lists in this very form is its own lemma, one place
        # ("Cybercrime Bayern": Bayern, not the plural of der Bayer; "in Essen")
        lemma = tokens.texts[index]
        if "Sing" in shown.get("Number", ()) and shown["Number"] != ("Sing",):
            shown["Number"] = ("Sing",)
            explanation = ""
    if (
        index > 0
        and is_abbreviation(tokens.texts, index - 1)
        and not is_abbreviation(tokens.texts, index)
        and tokens.tags[index - 1] in ("NOUN", "PROPN")
    ):
        # "der FC Union Berlin": a word of the name after the name's abbreviation keeps
        # its form; the case is the whole name's, not this word's (no dative "Union")
        shown = {k: v for k, v in shown.items() if k != "Case"}
        explanation = ""
    if opens_dateline(tokens.texts, tokens.sentence_ids, index):
        shown = {**shown, "Case": ("Nom",), "Number": ("Sing",)}
        explanation = "nominative singular: the place of the dateline"
    return FormAnalysis(
        lemma=lemma, pos="PROPN", shown=shown, explanation=explanation, kind=KIND_NOUN
    )


#: Labels of a picture's or a text's credit in news ("Foto: Vladimir Smirnov/AP",
#: "Quelle: dpa"); also compounds ending so ("Archivfoto", "Symbolbild").
_CREDIT_LABELS = ("foto", "fotos", "bild", "bilder", "grafik", "quelle", "video", "karte",
                  "illustration", "screenshot", "montage", "collage", "zeichnung")  # fmt: skip


def credit_label(tokens: TokenTable, index: int) -> bool:
    """A credit's label ("Foto: Vladimir Smirnov/AP", "Quelle: dpa"): a noun alone right
    before a colon, with no article, adjective or preposition, naming a picture or a
    source. It belongs to no clause (captions are glued to the sentence before them
    where a full stop is missing), so it has no case."""
    text = tokens.texts[index]
    if not text[:1].isupper() or not text.lower().endswith(_CREDIT_LABELS):
        return False
    if index + 1 >= len(tokens) or tokens.texts[index + 1] != ":":
        return False
    return index == 0 or tags_of(tokens)[index - 1] not in ("DET", "ADJ", "ADP", "NUM")


#: Words between a compound's first part cut at its hyphen and the compound that
#: completes it ("die Raser- und Poserszene", "kein Einnahme-, sondern ein Ausgabenproblem").
_TRUNCATION_JOINERS = frozenset(
    {"und", "oder", "sowie", "bzw.", "bis", ",", "sondern", "als", "wie", "noch", "ein",
     "eine", "einen", "einem", "einer", "eines", "kein", "keine", "auch"}
)  # fmt: skip
#: How far the completing compound may stand after the cut first part.
_TRUNCATION_REACH = 6


def _truncated_compound(analysis: FormAnalysis, tokens: TokenTable, index: int) -> FormAnalysis:
    """A compound's first part cut at its hyphen ("Raser-" in "die Raser- und
    Poserszene"): it stands for the compound with the head of the one that completes it
    (die Raserszene), whose gender, article, plural and lemma it takes, and the case and
    number of that compound's phrase, which it shares. Where no compound with a head
    follows ("Ein- und Ausgaben"), nothing is shown: the cut part is no noun of its own."""
    texts, ids = tokens.texts, tokens.sentence_ids
    nothing = FormAnalysis(lemma=texts[index], pos=analysis.pos)
    j = index + 1
    while (
        j < len(tokens)
        and j - index <= _TRUNCATION_REACH
        and ids[j] == ids[index]
        and (texts[j].lower() in _TRUNCATION_JOINERS or texts[j].endswith("-"))
    ):
        j += 1
    if j == index + 1 or j >= len(tokens) or ids[j] != ids[index] or not texts[j][:1].isupper():
        return nothing
    complete = features(tokens, j)
    head = read_noun(texts[j]).head
    first = texts[index].rstrip("-")
    if (
        complete.kind != KIND_NOUN
        or not head
        or not first[-1:].isalpha()
        or not _clean_split(texts[j], max(_plain(texts[j]).rfind(_plain(head)), 0))
    ):
        return nothing
    reading = read_noun(first + head[:1].lower() + head[1:])
    if (
        reading.kind != "noun"
        or len(reading.genders) != 1
        or not reading.lemma.lower().endswith(head.lower())
    ):
        return nothing
    shown = {k: v for k, v in complete.shown.items() if k in ("Case", "Number", "Gender")}
    shown["Gender"] = (UD_GENDER[reading.genders],)
    return FormAnalysis(
        lemma=reading.lemma, pos="NOUN", shown=shown, explanation=complete.explanation,
        article=ARTICLE_OF_GENDER[reading.genders], plural=reading.plural,
        gender=reading.genders, kind=KIND_NOUN,
    )  # fmt: skip


_NO_UMLAUT = str.maketrans("äöü", "aou")


def _plain(word: str) -> str:
    """Lower case without umlauts: "Jugendärzte" holds the head "Arzt"."""
    return word.lower().translate(_NO_UMLAUT)


def _unlinked(part: str) -> list[str]:
    """A compound's first part as it stands and without a linking "s", "es", "n", "en"
    or "e" ("Landes" -> Landes, Lande, Land)."""
    return [part] + [
        part[: -len(link)] for link in ("s", "es", "n", "en", "e") if part.endswith(link)
    ]


def _clean_split(word: str, at: int) -> bool:
    """The completing noun ``word`` splits at ``at`` into its first part and its head
    with no other reading: the first part is a noun the table knows (bare or with a
    linking "s", "es", "n", "en", "e": "Jugend" + Arzt, "Landes" + Mittel), or no longer
    start of the word is one ("Poser" + Szene). "Metzgerinnung" split as "Metz" + die
    Gerinnung is not clean: "Metzger" is a noun, the head may be die Innung."""
    if at < 2:
        return False
    if any(len(c) > 1 and read_noun(c).kind == "noun" for c in _unlinked(word[:at])):
        return True
    return not any(is_noun_lemma(word[:k]) for k in range(at + 1, len(word) - 2))


#: Prepositions of the fixed phrases with an adjective in the dative ("seit Langem", "vor
#: Kurzem", "von Neuem", "ohne Weiteres" is accusative: not here).
_FIXED_PHRASE_PREPOSITIONS = frozenset({"seit", "vor", "von", "binnen"})


def _fixed_adjective_phrase(tokens: TokenTable, index: int) -> bool:
    """ "seit Langem", "vor Kurzem", "von Neuem": a preposition and an adjective in the
    strong dative spelt with a capital (spelling since 1996), an adverbial phrase; the
    word's base form is the adjective's (lang), not a name "Langem"."""
    text = tokens.texts[index]
    if index < 1 or not text[:1].isupper() or not text.endswith("em") or is_noun_lemma(text):
        return False
    if tokens.texts[index - 1].lower() not in _FIXED_PHRASE_PREPOSITIONS:
        return False
    return any(r.ending == "em" and r.degree == "Pos" for r in read_adjective(text.lower()))


def _before_town(analysis: FormAnalysis, tokens: TokenTable, index: int) -> FormAnalysis:
    """An adjective of a town's name ("im niederbayerischen Landshut"): a town is neuter,
    whatever gender a common noun of its form has ("Lands" + der Hut), so a gender the
    adjective took from that noun is not shown."""
    j = index + 1
    while j < len(tokens) and tokens.tags[j] == "ADJ":
        j += 1
    if j >= len(tokens) or not listed_town(tokens, j):
        return analysis
    shown = {k: v for k, v in analysis.shown.items() if k != "Gender"}
    return FormAnalysis(
        lemma=analysis.lemma, pos=analysis.pos, shown=shown, kind=analysis.kind,
        explanation="" if "masculine" in analysis.explanation or "feminine" in
        analysis.explanation else analysis.explanation,
    )  # fmt: skip


def _region_with_article(tokens: TokenTable, index: int, lemma: str, gender: str) -> bool:
    """A region named with its article ("in der Pfalz", "an der Ruhr"): the noun table
    lists the lemma as a place of this gender besides a common noun (die Pfalz, a
    palace), the gazetteer lists the place, and a definite article stands right before
    it in the singular: one region, no plural (the palace's "Pfalzen" is not shown)."""
    if index < 1 or tokens.texts[index] != lemma:
        return False
    before = tokens.texts[index - 1].lower()
    if before not in _DEFINITE and before not in _WITH_ARTICLE:
        return False
    if not any(e.place and gender in e.genders for e in noun_entries(lemma)):
        return False
    return load_gazetteer().place(lemma, derived=False) is not None


_DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des"})


def _region_compound(lemma: str) -> bool:
    """A region's name that the noun table reads only through its head ("das Emsland":
    Ems + Land), which the gazetteer lists as a region or place: one place, no plural
    (not the head's "Emsländer"). A compound the table lists itself ("Bundesland") is a
    common noun with its plural."""
    if is_noun_lemma(lemma):
        return False
    return load_gazetteer().place(lemma, derived=False) is not None


def _named_place_compound(lemma: str) -> bool:
    """The name of one place or body made of a name and a kind of named place
    (:data:`~app.lexicon.words.NAMED_PLACE_KINDS`), which the noun table reads only
    through that head: a place the gazetteer lists before it ("die Thüringenliga", "der
    Harzkreis", also "Elb|tunnel" for the Elbe) or a person's first name opening a
    hyphenated name ("die Werner-Aßmann-Halle"), or a place of the noun table ("der
    Moselkreis"). One league, district or hall: no plural. A compound the table lists
    itself ("Bezirksliga", "Sporthalle") keeps its plural, and so does one of a common noun
    Ding's compounds use often or before buildings (:func:`app.dictionary.heads.
    common_modifier`: "Kurhalle", "Regenkanal"), even where a river is spelt alike."""
    if not read_noun(lemma).head or is_noun_lemma(lemma):
        return False
    # every kind the word ends in ("Burgenland|kreis", not only "Burgen|landkreis")
    for head in (k for k in NAMED_PLACE_KINDS if lemma.lower().endswith(k.lower())):
        modifier = lemma[: len(lemma) - len(head)].rstrip("-")
        first = modifier.split("-", 1)[0]
        if "-" in lemma and is_given_name(first):
            return True
        if len(modifier) < 3 or not modifier[:1].isupper():
            continue
        if read_noun(first).kind != PLACE and heads.common_modifier(first):
            continue  # "Kurhalle", "Regenkanal": a common noun's, with a plural
        for name in (modifier, modifier + "e", first):
            if load_gazetteer().place(name, derived=False) is not None:
                return True
            if "-" not in name and len(name) > 2 and names_a_place(name):
                return True  # the noun table's places ("Mosel|kreis", "Kinzig|tal")
    return False


def _with_dictionary_noun(
    analysis: FormAnalysis,
    info: WordInfo | None,
    in_name: bool,
    abbreviation: bool = False,
    word: str = "",
) -> tuple[str, str | None, str | None, str | None]:
    """(pos, article, gender, plural) of a noun: the engine's, or the dictionary's for a
    common noun the tagger took for a name or the noun table lacks (see token_grammar)."""
    article, gender, plural = analysis.article, analysis.gender, analysis.plural
    pos = analysis.pos
    if (
        analysis.kind == KIND_NOUN
        and pos == "PROPN"
        and info is not None
        and (
            (not in_name and not is_given_name(word))  # "Jochen von Ahlen": no das Joch
            or (abbreviation and _names_an_organisation(info.glosses))
        )
        and info.gender in ("m", "f", "n")
        and info.match in ("exact", "lemma")
        and "Gender" not in analysis.shown
    ):
        # a common noun the tagger took for a name ("Diktator Kim Jong-un"), or an
        # abbreviation ("FDP": die), also inside a name: the engine shows no gender for
        # names, the dictionary's entry for this very word gives it, unless the noun
        # table gives the word another ("Büro": das, whatever line the lookup chose)
        own = table_gender(word, info.gender)
        if own and in_name:
            # an organisation's abbreviation in its name ("die CDU", "die EU"): a proper
            # noun with its article, one body, no plural
            gender, article = own, ARTICLE_OF_GENDER[own]
        elif own:
            pos, gender = "NOUN", own
            article = ARTICLE_OF_GENDER[own]
            plural = info.plural if own == info.gender else None
    elif (
        analysis.kind == KIND_NOUN
        and analysis.pos == "NOUN"
        and article is None
        and gender is None
        and "Gender" not in analysis.shown
        and info is not None
        and info.gender
        and not (info.match == "case" and abbreviation)
        and not _table_noun_of_open_gender(analysis.lemma)
    ):
        # a noun the table lacks: the dictionary's entry (not another word's that differs
        # only in case: "TA" is not "Ta", tantalum); a noun the table knows with two
        # genders the phrase does not decide ("auf den Fluren": der Flur, corridor, or
        # die Flur, fields) keeps no article, not the plural entry's "die"
        gender = info.gender
        article = info.article or ARTICLE_OF_GENDER.get(info.gender)
        plural = plural or info.plural
    elif (
        analysis.kind == KIND_NOUN
        and plural is None
        and info is not None
        and info.plural
        and gender
        and info.gender == gender
        and not names_one_place(analysis.lemma)
    ):
        plural = info.plural  # the same noun with the same gender: Ding's plural
        # (not for one place named by a compound: "Rhein-Hunsrück-Kreis")
    return pos, article, gender, plural


def _table_noun_of_open_gender(lemma: str) -> bool:
    """A common noun the table knows (not as an adjectival noun, whose plural takes the
    citation article): the engine left its article open because its genders differ
    ("der/die Flur") and the phrase did not decide, so the dictionary's article of a
    plural entry ("Fluren": die) is no answer."""
    entries = noun_entries(lemma)
    return bool(entries) and not any(e.adjectival for e in entries)


def _names_an_organisation(glosses: Sequence[str]) -> bool:
    """A dictionary entry of an abbreviation that names something ("Liberal Democratic
    Party"), not another thing the letters stand for ("AP": "aniline point")."""
    words = [w for w in glosses[0].split() if len(w) >= 4 and w.isalpha()] if glosses else []
    return bool(words) and all(w[:1].isupper() for w in words)


def card_names(
    analysis: Analysis, index: ReaderIndex | None = None
) -> tuple[dict[int, str], frozenset[int]]:
    """For :func:`token_grammar`, :func:`word_class` and :func:`shown_glosses` outside the
    window, from one index of the text (``index``, built here when not given): the tokens
    inside an entity or a person's mention (what the card shows as a name) with the
    name's kind (:func:`name_label`), and the tokens that are part of a person's or a
    place's name (:func:`is_proper_name`)."""
    if index is None:
        index = ReaderIndex.build(analysis)
    labels = {}
    families = set()
    for i, token in enumerate(analysis.tokens):
        label = name_label(index, token.start)
        if family_name(analysis.tokens, i):
            families.add(i)
            label = label or FAMILY_LABEL
        if label is not None:
            labels[i] = label
    proper = {i for i in labels if i in families or is_proper_name(index, i)}
    for i in range(len(analysis.tokens)):
        if i not in labels and unlabelled_name(index, i):
            labels[i] = "PER" if analysis.tokens.texts[i] in _surnames(index) else "LOC"
            proper.add(i)
        elif labels.get(i) == "ORG" and town_in_organisation(index, i):
            proper.add(i)
    _names_by_the_text(analysis.tokens, labels, proper)
    return labels, frozenset(proper)


def _names_by_the_text(tokens: TokenTable, labels: dict[int, str], proper: set[int]) -> None:
    """Names the recogniser missed that the text itself shows (``labels`` and ``proper``
    of :func:`card_names`, completed in place):

    - a word the text names as a place elsewhere (a one-word place read as a name), bare
      here ("Konstanz (dpa) - …" then "der Oberbürgermeister von Konstanz": not die
      Konstanz, consistency);
    - a word bare after a preposition of place and joined by "und"/"oder" to a place
      ("zwischen Essen und Bochum", "in Weiden und Amberg", "aus Singen und Radolfzell"):
      German coordinates like with like; not das Essen, the plural of die Weide;
    - a noun right after the kind of thing it names, with its article ("die Gaststätte
      Krone", "der Flughafen Hahn", "die Firma Trumpf"), or in quotation marks right
      after a noun ("das Schiff »Seestern«", "die Initiative »Sauberes Wasser«"): the
      name of one thing, no article, gender or plural of the common noun (which keeps its
      glosses: the name means something).
    """
    places = {tokens.texts[i] for i in proper if labels.get(i) == "LOC"}
    for i in range(len(tokens)):
        text = tokens.texts[i]
        if i in proper or not text[:1].isupper():
            continue
        if tokens.tags[i] not in ("NOUN", "PROPN"):
            # a name the tagger took for another word ("In Norden und Aurich": an
            # adverb; "die Fähre »Nordlicht«": a determiner)
            if (labels.get(i) == "LOC" and _coordinated_with_place(tokens, i, labels, places)) or (
                i not in labels and is_noun_lemma(text) and _quoted_name(tokens, i)
            ):  # fmt: skip
                labels[i] = labels.get(i) or "MISC"
                proper.add(i)
            continue
        if labels.get(i) in (None, "LOC") and (
            (
                _bare(tokens, i)
                and (text in places or _coordinated_with_place(tokens, i, labels, places))
            )
            or place_genitive(tokens, i)
        ):
            labels[i] = "LOC"
            proper.add(i)
        elif labels.get(i) in (None, "ORG") and (
            _after_its_kind(tokens, i)
            or _quoted_name(tokens, i)
            or _after_capital_joiner(tokens, i)
        ):
            labels[i] = labels.get(i) or "MISC"
            proper.add(i)


def place_genitive(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` is the genitive "-s" of a place the place list names, before its noun
    or after one ("Passaus Altstadt", "die zweitgrößte Stadt Norwegens"): the form itself
    is neither listed nor a noun of the table, the form without "s" is a listed place."""
    text = tokens.texts[i]
    if len(text) < 4 or not text.endswith("s") or text.endswith("ss"):
        return False
    if listed_place(text) or is_noun_lemma(text) or not listed_place(text[:-1]):
        return False
    same = tokens.sentence_ids
    after = (
        i + 1 < len(tokens) and same[i + 1] == same[i] and tokens.tags[i + 1] in ("NOUN", "PROPN")
    )
    before = i > 0 and same[i - 1] == same[i] and tokens.tags[i - 1] == "NOUN"
    return (after and tokens.texts[i + 1][:1].isupper() and _bare(tokens, i)) or before


#: Prepositions a town's name follows bare ("in Essen", "zwischen Essen und Bochum").
_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "von", "bei", "zwischen", "bis"})
_AND_OR = frozenset({"und", "oder", "sowie"})


def _coordinated_with_place(
    tokens: TokenTable, i: int, labels: dict[int, str], places: set[str]
) -> bool:
    """Token ``i`` stands bare after a preposition of place and is joined by "und" or
    "oder" to a place: one the recogniser found (LOC) or a name the tagger marked that
    the noun table does not know ("aus Singen und Radolfzell")."""

    def place(j: int) -> bool:
        if not (0 <= j < len(tokens)) or tokens.sentence_ids[j] != tokens.sentence_ids[i]:
            return False
        text = tokens.texts[j]
        return text[:1].isupper() and (
            labels.get(j) == "LOC"
            or text in places
            # a word the tagger took for a name beside a place the recogniser found ("aus
            # Singen und Radolfzell"); not beside a common noun ("in Deutsch und Mathematik")
            or (
                labels.get(i) == "LOC"
                and tokens.tags[j] == "PROPN"
                and not is_noun_lemma(text)
                and not is_given_name(text)
            )
        )

    def after_preposition(j: int) -> bool:
        return (
            j > 0
            and tokens.sentence_ids[j - 1] == tokens.sentence_ids[j]
            and tokens.texts[j - 1].lower() in _PLACE_PREPOSITIONS
        )

    own = tokens.texts[i]
    # a common noun of the table as it stands, not a place the place list or the
    # recogniser names, only beside a place that is listed or no common word itself ("In
    # Norden und Aurich"): "in Deutsch und Mathematik" are subjects, whatever the
    # recogniser took "Deutsch" for
    strict = is_noun_lemma(own) and labels.get(i) != "LOC" and not listed_place(own)

    def partner(j: int) -> bool:
        other = tokens.texts[j]
        return place(j) and (
            not strict
            or listed_place(other)
            or not (is_noun_lemma(other) or read_adjective(other.lower()))
        )

    if i + 2 < len(tokens) and tokens.texts[i + 1] in _AND_OR and partner(i + 2):
        return after_preposition(i)
    if i >= 2 and tokens.texts[i - 1] in _AND_OR and partner(i - 2):
        return after_preposition(i - 2) and _bare(tokens, i - 2)
    return False


#: Heads of nouns naming a kind of thing that German names right after it, without an
#: article of the name's own ("die Gaststätte Krone", "der Flughafen Hahn", "das Schiff
#: Seestern", "die Firma Trumpf", "der Autobauer Porsche", "beim Festival Rock am Ring").
_NAMED_KINDS = (
    "gaststätte", "gasthof", "gasthaus", "wirtshaus", "hotel", "restaurant", "kneipe",
    "flughafen", "schiff", "fähre", "frachter", "tanker", "festival", "projekt", "firma",
    "konzern", "hersteller", "autobauer", "brauerei", "verlag", "modehaus", "kaufhaus",
)  # fmt: skip
#: Words that end a clause's verb-final part (a subordinate clause: "weil die Firma
#: Geld braucht": "Geld" is the object, no name).
_SUBORDINATORS = frozenset({"weil", "dass", "ob", "wenn", "da", "als", "obwohl", "damit",
                            "nachdem", "bevor", "während", "sodass", "falls"})  # fmt: skip


def _after_its_kind(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` is a noun right after a noun of a kind of named thing (:data:
    `_NAMED_KINDS`) that has its article or a fused preposition ("die Gaststätte Krone",
    "Im Hotel Adler", "Der Flughafen Hahn sucht …"), singular, no article of its own,
    and not the object of a subordinate clause ("weil die Firma Geld braucht")."""
    if i < 2 or tokens.sentence_ids[i - 2] != tokens.sentence_ids[i]:
        return False
    kind = tokens.texts[i - 1]
    if not kind[:1].isupper() or tokens.tags[i - 1] not in ("NOUN", "PROPN", "ADJ"):
        return False
    if not kind.lower().endswith(_NAMED_KINDS):
        return False
    determiner = tokens.texts[i - 2].lower()
    if determiner not in _SINGULAR_ARTICLE_GENDERS and tokens.tags[i - 2] != "DET":
        return False
    if features(tokens, i).shown.get("Number") == ("Plur",):
        return False
    sentence = tokens.sentence_ids[i]
    start = i - 2
    while start > 0 and tokens.sentence_ids[start - 1] == sentence:
        if tokens.texts[start - 1].lower() in _SUBORDINATORS or tokens.texts[start - 1] == ",":
            return False
        start -= 1
    return True


#: Prepositions fused with an article that open a street's or a building's name, written
#: with a capital inside the sentence ("die Sporthalle Am Rosenhof", "Gasthaus Zur Post").
_NAME_JOINERS = frozenset({"Am", "Im", "Zum", "Zur", "An", "Auf", "In"})


def _after_capital_joiner(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` follows a preposition written with a capital in the middle of its
    sentence ("die Sporthalle Am Rosenhof"): German capitalises it there only as the
    first word of a name."""
    j = i - 1
    return (
        j >= 1
        and tokens.texts[j] in _NAME_JOINERS
        and tokens.sentence_ids[j - 1] == tokens.sentence_ids[i]
        and tokens.texts[j - 1] not in _OPENERS
        and tokens.texts[j - 1] not in _SENTENCE_ENDS
    )


def _quoted_name(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` is a capitalised noun in quotation marks right after a noun, the
    quotation a few words long ("das Schiff »Seestern«", "die Initiative »Sauberes
    Wasser«", "das Projekt „Stadtgrün“"): the name of the thing the noun names."""
    sentence = tokens.sentence_ids[i]
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens.texts[k] not in _QUOTES:
        k -= 1
    if k < 1 or i - k > 3 or tokens.sentence_ids[k - 1] != sentence:
        return False
    if tokens.texts[k] in ("«", "”"):
        return False  # a closing mark: not the quotation's start ("“" opens or closes)
    end = i + 1
    while end < len(tokens) and end - i <= 3 and tokens.texts[end] not in _QUOTES:
        end += 1
    if end >= len(tokens) or tokens.texts[end] not in _QUOTES or end - i > 3:
        return False
    before = tokens.texts[k - 1]
    return (
        before[:1].isupper()
        and tokens.tags[k - 1] in ("NOUN", "PROPN")
        and not before.lower().endswith(_WORD_NOUNS)
    )


#: Nouns that name a word, not a thing: the word quoted after them is that common word
#: ("der Begriff »Heimat«", "das Unwort »Remigration«"), no name.
_WORD_NOUNS = ("begriff", "begriffs", "wort", "worts", "wortes", "ausdruck", "ausdrucks",
               "bezeichnung", "formel", "motto", "mottos", "schlagwort", "stichwort")  # fmt: skip


def name_label(index: ReaderIndex, offset: int) -> str | None:
    """``PER`` inside a person's mention, else the label of the entity there, or None."""
    return _label(index.entity_at(offset), index.person_at(offset))


def _label(entity: Entity | None, person: int | None) -> str | None:
    if person is not None:
        return "PER"
    return entity.label if entity is not None else None


def _name_of(index: ReaderIndex, i: int) -> tuple[object, ...] | None:
    """The person's mention or the person's or place's entity token ``i`` stands in."""
    start = index.analysis.tokens[i].start
    person = index.person_at(start)
    if person is not None:
        return ("person", person)
    entity = index.entity_at(start)
    if entity is not None and entity.label in ("PER", "LOC"):
        return ("entity", entity.start)
    return None


def is_proper_name(index: ReaderIndex, i: int) -> bool:
    """Token ``i`` is part of a person's or a place's name, so the card shows it as
    one even where it is also a common noun ("Beate Weber", "bei Kiel"): tagged a
    name or one of several words of the name, singular, with no article, adjective
    or number of its own before it ("der Aachener City", "930 Millionen Mark" are
    the recogniser's slips)."""
    name = _name_of(index, i)
    if name is None:
        return False
    tokens = index.analysis.tokens
    if (
        tokens.texts[i] in _first_names(index)
        and _is_person(index, i, name)
        and not any(0 <= j < len(tokens) and _name_of(index, j) == name for j in (i - 1, i + 1))
    ):
        return True  # alone: "Anna ist keine Heldin", "in der Anna …" after "Anna Wieting"
    if listed_town(tokens, i):
        return True  # "im niederbayerischen Landshut": a town, also after an adjective
    if (
        i > 0
        and (tokens.tags[i - 1] in ("DET", "ADJ", "NUM") or tokens.texts[i - 1].lower() in
             _WITH_ARTICLE)
        # the kind of place before its name in the same name ("der Landkreis Gießen",
        # "Landkreis" tagged as an adjective): the name is an apposition, no noun of the
        # article's phrase; a first name the tagger took for an adjective ("Gisela
        # Hartung": no der Hartung)
        and not (
            _name_of(index, i - 1) == name
            and (
                tokens.texts[i - 1] in _PLACE_KINDS
                or is_given_name(tokens.texts[i - 1])
                # "Bad Kissingen" with "Bad" tagged a number: a word of the name
                or (tokens.tags[i - 1] == "NUM" and tokens.texts[i - 1][:1].isupper())
            )
        )
        # a first name before the rest of a person's name, after a role the tagger
        # took for an adjective ("Der Trainer Markus Kühnen": no der Markus)
        and not (
            is_given_name(tokens.texts[i])
            and i + 1 < len(tokens)
            and _is_person(index, i, name)
            and _name_of(index, i + 1) == name
        )
    ):  # fmt: skip
        return False
    several = any(0 <= j < len(tokens) and _name_of(index, j) == name for j in (i - 1, i + 1))
    if features(tokens, i).shown.get("Number") == ("Plur",):
        # read only as a plural: a name where it ends a person's name of several words
        # ("Matthias Oberländer", not das Oberland) or is the dateline's place ("Simmern
        # (dpa) -"); elsewhere a plural noun the recogniser swept in ("mit Brautgeschenken")
        return (
            (_is_person(index, i, name) and i > 0 and _name_of(index, i - 1) == name)
            # a first name opening a person's name of several words ("Jochen von Ahlen",
            # not the plural of das Joch): German puts the first name first
            or (_is_person(index, i, name) and is_given_name(tokens.texts[i]))
            or (_named_place(index, i) and opens_dateline(tokens.texts, tokens.sentence_ids, i))
            # a person's surname alone ("sagte Vogtländer" after "Henning Vogtländer"),
            # not a plural of das Vogtland
            or (_is_person(index, i, name) and tokens.texts[i] in _surnames(index))
            # a place the recogniser found that the place list names in this very form
            # ("zwischen Wetzlar und Siegen", "in Mittelhessen"), not a plural of der Sieg
            or (name[0] == "entity" and listed_place(tokens.texts[i]))
            # a town the recogniser found, bare after a preposition, that the noun table
            # reads only as the plural of a compound whose first part is no word ("aus
            # Nürtingen": no plural of "Nür" + das Ting), unlike "mit Brautgeschenken"
            or (
                _label(index.entity_at(tokens.starts[i]), None) == "LOC"
                and _bare(tokens, i)
                and (_through_no_word(tokens.texts[i]) or _hyphen_after_no_word(tokens.texts[i]))
            )
            or _place_by_its_neighbours(index, i, name)
            # a town's name after its generic first word ("Bad Salzungen", "Sankt
            # Goarshausen"): no plural of die Salzung
            or (
                i > 0
                and tokens.texts[i - 1] in TOWN_PREFIXES
                and not _after_an_article(tokens, i - 1)
                and _name_of(index, i - 1) == name
                and _label(index.entity_at(tokens.starts[i]), None) == "LOC"
            )
        )
    return (
        tokens.tags[i] == "PROPN"
        or several
        or _named_place(index, i)
        or _place_by_its_neighbours(index, i, name)
        # a town the recogniser found, bare, that the noun table reads only through a
        # compound it does not list whose singular and plural are alike ("in
        # Mühlhausen": no der Mühlhausen, a compound of the fish der Hausen)
        or (
            _label(index.entity_at(tokens.starts[i]), None) == "LOC"
            and _bare(tokens, i)
            and set(features(tokens, i).shown.get("Number", ())) == {"Sing", "Plur"}
            and _unlisted_compound(tokens.texts[i])
        )
        # a one-word name without an article that the noun table knows only through a
        # compound or not at all ("Wittstock hat …", taken for a person: no der Stock)
        or (
            _bare(tokens, i)
            and not is_noun_lemma(tokens.texts[i])
            and features(tokens, i).shown.get("Number") == ("Sing",)
        )
        # a person's surname, also where the recogniser took it alone for a place
        or tokens.texts[i] in _surnames(index)
    )


def _place_by_its_neighbours(index: ReaderIndex, i: int, name: tuple[object, ...]) -> bool:
    """Token ``i`` is a place the recogniser found (LOC) whose neighbours make it a name
    whatever the noun table reads: the kind of place before it ("die Gemeinde
    Holzkirchen", "der Stadt Bingen", also outside the recognised name) or a joiner
    after it inside the name, bare ("in Bingen am Rhein", "aus Neunkirchen an der
    Saar"); no plural of die Holzkirche or die Binge."""
    tokens = index.analysis.tokens
    if _label(index.entity_at(tokens.starts[i]), None) != "LOC":
        return False
    if (
        i > 0
        and tokens.sentence_ids[i - 1] == tokens.sentence_ids[i]
        and tokens.texts[i - 1] in _PLACE_KINDS
    ):
        return True
    return (
        i + 1 < len(tokens)
        and tokens.texts[i + 1] in _PLACE_JOINERS
        and _name_of(index, i + 1) == name
        and _bare(tokens, i)
    )


def _unlisted_compound(text: str) -> bool:
    """The noun table reads ``text`` only through a compound it does not list."""
    reading = read_noun(text)
    return bool(reading.head) and not is_noun_lemma(text) and not is_noun_lemma(reading.lemma)


def _hyphen_after_no_word(text: str) -> bool:
    """``text`` is hyphenated and its part before the first hyphen is no noun of the table
    nor an abbreviation ("Garmisch-Partenkirchen": no plural of "Garmisch-Partenkirche"),
    unlike "SPD-Politiker" or "Bürger-Initiativen"."""
    first = text.split("-", 1)[0]
    return (
        "-" in text
        and len(first) > 2
        and first[:1].isupper()
        and not first.isupper()
        and not is_noun_lemma(first)
        and read_noun(first).kind != "noun"
    )


def _through_no_word(text: str) -> bool:
    """The noun table reads ``text`` only through a compound it does not list, whose
    first part is no noun the table knows, bare or with a linking "s", "es", "n", "en" or
    "e" ("Nürtingen": "Nür" + das Ting), so no common noun of German."""
    reading = read_noun(text)
    if not reading.head or is_noun_lemma(reading.lemma):
        return False
    first = reading.lemma[: len(reading.lemma) - len(reading.head)]
    return len(first) > 1 and not any(
        len(c) > 1 and (is_noun_lemma(c) or read_noun(c).kind == "noun") for c in _unlinked(first)
    )


#: Last parts of the nouns of authorities and courts that German names by their town
#: after them ("Staatsanwaltschaft Essen", "Amtsgericht Siegen", "Polizeipräsidium Halle").
_AUTHORITY_ENDS = (
    "anwaltschaft", "gericht", "polizei", "präsidium", "amt", "behörde", "verwaltung",
    "kammer", "direktion", "ministerium", "inspektion", "revier",
)  # fmt: skip


def _after_an_article(tokens: TokenTable, i: int) -> bool:
    """Does an article or a preposition fused with one come right before token ``i``?
    A town's name takes none ("in Bad Salzungen"); "im Bad", "nach dem Bad" is the bath,
    and the word after it no town ("Im Bad Fliesen legen")."""
    return i > 0 and (tokens.tags[i - 1] == "DET" or tokens.texts[i - 1].lower() in _WITH_ARTICLE)


#: Nouns naming the kind of a place that German writes before the place's name, in the
#: name's case ("der Landkreis Gießen", "des Kreises Kleve", "die Stadt Wittstock").
_PLACE_KINDS = frozenset(
    {"Landkreis", "Landkreises", "Kreis", "Kreises", "Stadt", "Gemeinde", "Bezirk", "Bezirks",
     "Kanton", "Kantons", "Region", "Provinz", "Hansestadt", "Kreisstadt", "Ortsteil",
     "Ortsteils", "Stadtteil", "Stadtteils"}
)  # fmt: skip


def _is_person(index: ReaderIndex, i: int, name: tuple[object, ...]) -> bool:
    """Token ``i`` (in ``name``, see :func:`_name_of`) stands in a person's name."""
    start = index.analysis.tokens.starts[i]
    return name[0] == "person" or _label(index.entity_at(start), None) == "PER"


#: The entities last read by :func:`_name_words`, with their surnames and first names in
#: one tuple (two threads reading cards never pair one text's surnames with another's first
#: names): one pass over a text's entities, not one per name token (card_names asks for
#: every token of a name).
_NAME_WORDS: dict[str, tuple[Sequence[Entity], frozenset[str], frozenset[str]]] = {}


def _name_words(index: ReaderIndex) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames (:func:`_surnames`) and first names (:func:`_first_names`) of the
    text's persons named with two or more words."""
    entities = index.analysis.entities
    cached = _NAME_WORDS.get("last")
    if cached is not None and cached[0] is entities:
        return cached[1], cached[2]
    words: set[str] = set()
    firsts: set[str] = set()
    for entity in entities:
        parts = entity.text.split()
        if entity.label == "PER" and len(parts) >= 2 and parts[-1][:1].isupper():
            words.add(parts[-1])
            if is_given_name(parts[0]):
                firsts.add(parts[0])
    found = (entities, frozenset(words), frozenset(firsts))
    _NAME_WORDS["last"] = found
    return found[1], found[2]


def _surnames(index: ReaderIndex) -> frozenset[str]:
    """The last words of the text's persons' names of two or more words ("Holger
    Brenneisen"): the same word alone later ("ließ Brenneisen offen") is the surname,
    not the common noun it also is (das Brenneisen)."""
    return _name_words(index)[0]


def _first_names(index: ReaderIndex) -> frozenset[str]:
    """The first words of the text's persons' names of two or more words that are first
    names ("die Magd Anna Wieting"): the same word alone later ("Anna ist keine Heldin")
    is that person, not the common noun the table may also list (der Anna, a coin)."""
    return _name_words(index)[1]


_DATELINE_PLACES: dict[str, tuple[Sequence[str], frozenset[str]]] = {}


def _dateline_places(texts: Sequence[str], sentence_ids: Sequence[int]) -> frozenset[str]:
    """The places of the text's datelines in capitals, spelt as names ("KONSTANZ (dpa)":
    Konstanz): the same word later after a preposition is that place."""
    cached = _DATELINE_PLACES.get("last")
    if cached is not None and cached[0] is texts:
        return cached[1]
    found = frozenset(
        texts[j].title()
        for j in range(min(len(texts), _DATELINE_SPAN))
        if dateline_capitals(texts, j, sentence_ids)
    )
    _DATELINE_PLACES["last"] = (texts, found)
    return found


#: How far into a text its dateline is looked for (tokens: a headline and a teaser).
_DATELINE_SPAN = 200

_DASHES = frozenset({"-", "–", "—"})
#: Words that join the parts of a town's name ("Neustadt an der Weinstraße", "Frankfurt
#: am Main", "Landau in der Pfalz", "Mülheim an der Ruhr").
_PLACE_JOINERS = frozenset(
    {"an", "am", "in", "im", "der", "ob", "bei", "vor", "auf", "a.", "d.", "i."}
)
#: The most words a dateline's place has before the agency ("Neustadt an der Weinstraße").
_MAX_DATELINE_WORDS = 6


def opens_dateline(texts: Sequence[str], sentence_ids: Sequence[int], i: int) -> bool:
    """Token ``i`` is the place of a news dateline: first in its sentence and followed by
    the agency in brackets ("Magdeburg (dpa) -", "Simmern (dpa/lrs) -") or by a dash
    ("Lindau - Die Stadt ..."). A dateline's place stands alone: a name in the
    nominative, never a common noun. Before the agency the place may have several
    words: its capitalised first words are the town's name ("Bad Dürkheim (dpa)",
    "Neustadt an der Weinstraße (dpa/lrs)": "Bad", "Dürkheim", "Neustadt"); what follows
    a joining word ("an der Weinstraße") keeps its own grammar."""
    start = i
    while start > 0 and sentence_ids[start - 1] == sentence_ids[i] and texts[start - 1].strip():
        if not texts[start - 1][:1].isupper() or i - start >= _MAX_DATELINE_WORDS:
            return False
        start -= 1
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    if nxt in _DASHES and start == i:
        return i + 2 < len(texts) and texts[i + 2][:1].isupper()
    j = i + 1
    while (
        j < len(texts)
        and j - start < _MAX_DATELINE_WORDS
        and sentence_ids[j] == sentence_ids[i]
        and (texts[j][:1].isupper() or texts[j] in _PLACE_JOINERS)
    ):
        j += 1
    return j + 1 < len(texts) and texts[j] == "(" and texts[j + 1].lower() in AGENCY_WORDS


#: Kinds of the gazetteer's places that are towns and cities (named without an article).
_TOWN_KINDS = frozenset({"city", "geonames"})


def listed_town(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` is a place the gazetteer lists (as listed or a derived form) that the
    noun table knows only through a compound or not at all ("Landshut" is no "Lands" +
    der Hut): a name, with no article, gender or plural. A town or city also after an
    adjective ("im niederbayerischen Landshut"); another place (a region, a country: some
    take an article, "das Emsland") only bare or after a preposition ("in Niederbayern").
    Not a word the noun table lists as it stands ("Essen", "Halle"), not a plural ("in
    den Bergen"), not right after an article ("das Emsland": the article stays)."""
    text = tokens.texts[i]
    if not text[:1].isupper() or not text.replace("-", "").isalpha() or is_noun_lemma(text):
        return False
    entry = _place_entry(text, derived=True)
    if entry is None:
        return False
    if i > 0 and tokens.sentence_ids[i - 1] == tokens.sentence_ids[i]:
        before, word = tokens.tags[i - 1], tokens.texts[i - 1].lower()
        if before == "DET" or (word in _WITH_ARTICLE and entry.kind not in _TOWN_KINDS):
            return False
        if before in ("ADJ", "NUM") and entry.kind not in _TOWN_KINDS:
            return False
    return features(tokens, i).shown.get("Number") != ("Plur",)


def town_in_organisation(index: ReaderIndex, i: int) -> bool:
    """Token ``i`` is the place in an organisation's name ("Zentralstelle Cybercrime
    Bayern", "Landgericht Kiel", "Polizeipräsidium Mittelhessen"): a place the place list
    names (:func:`listed_place`, also one that is a common noun too, "Kiel"), right after
    another capitalised word of the same name (German names a body by its kind, then its
    town or region), or one the noun table does not know as a word (:func:`listed_town`)."""
    tokens = index.analysis.tokens
    if listed_town(tokens, i) or _abbreviated_organisation(index, i):
        return True
    text = tokens.texts[i]
    if i < 1 or not text[:1].isupper() or not tokens.texts[i - 1][:1].isupper():
        return False
    entity = index.entity_at(tokens.starts[i])
    if entity is None or index.entity_at(tokens.starts[i - 1]) != entity:
        return False
    return listed_place(text) and features(tokens, i).shown.get("Number") != ("Plur",)


def _abbreviated_organisation(index: ReaderIndex, i: int) -> bool:
    """Token ``i`` is an organisation's abbreviation ("die CDU", "die EU", "der FC Union
    Berlin") or the word of its name right after it ("Union" in "FC Union Berlin"): a
    name, not a common noun, shown with no article, gender or plural (a name's gender
    is not the card's to guess: "der FC", "die CDU", "das THW")."""
    tokens = index.analysis.tokens
    entity = index.entity_at(tokens.starts[i])
    if entity is None or entity.label != "ORG":
        return False
    if is_abbreviation(tokens.texts, i):
        return True
    return (
        i > 0
        and tokens.texts[i][:1].isupper()
        and is_abbreviation(tokens.texts, i - 1)
        and index.entity_at(tokens.starts[i - 1]) == entity
    )


#: First parts that name a part of a region or country ("Mittelhessen", "Nordbayern",
#: "Ostwestfalen"): the compound is a place like the region.
_REGION_PARTS = (
    "Nord", "Süd", "Ost", "West", "Mittel", "Ober", "Unter", "Nieder", "Zentral", "Vor",
    "Hinter",
)  # fmt: skip


def listed_place(text: str) -> bool:
    """The place list names a place (LOC) in the form ``text`` as it stands ("Siegen",
    "Hessen"), or ``text`` is a part of such a region named by a first part of direction
    ("Mittelhessen", "Nordbayern")."""
    return _place_entry(text, derived=False) is not None


def _place_entry(text: str, *, derived: bool) -> Entry | None:
    """The place list's entry of ``text`` where it names a place (:meth:`~app.nlp.
    gazetteer.Gazetteer.place`, with its ``derived`` forms or not), or of the region a part
    of it names ("Nordhessen": Hessen, listed; a derived form's entry is not looked
    through). A word the list gives another way (an organisation) is no region's part."""
    if not text[:1].isupper():
        return None
    gazetteer = load_gazetteer()
    if gazetteer.get((text,)) is not None:
        return gazetteer.place(text, derived=derived)
    if _common_compound(text):
        return None
    for part in _REGION_PARTS:
        rest = text[len(part) :]
        if text.startswith(part) and len(rest) > 3 and rest[:1].islower():
            return gazetteer.place(rest[:1].upper() + rest[1:], derived=False)
    return None


def _common_compound(text: str) -> bool:
    """``text`` is a common noun the noun table lists as it stands, with a plural, so no
    part of a region even where its head is a place's name: "Vorhalle" (die Halle, not
    Halle an der Saale), "Voressen", "Oberlippe", "Nordderby"."""
    if not is_noun_lemma(text):
        return False
    reading = read_noun(text)
    return reading.kind == "noun" and reading.lemma == text and reading.plural is not None


def unlabelled_name(index: ReaderIndex, i: int) -> bool:
    """Token ``i`` is a name the recogniser did not mark: a dateline's place ("Neustadt an
    der Weinstraße (dpa/lrs) -"), a listed town (:func:`listed_town`), or a surname of a
    person named in full elsewhere in the text, alone without an article ("Sommerfeld
    etwa hat …" after "Lena Sommerfeld"). Shown as a name: no article, gender or plural."""
    tokens = index.analysis.tokens
    text = tokens.texts[i]
    if not text[:1].isupper() or tokens.tags[i] in ("DET", "PRON", "ADP", "PUNCT", "NUM"):
        return False
    if opens_dateline(tokens.texts, tokens.sentence_ids, i) or listed_town(tokens, i):
        return True
    if (
        i > 0
        and tokens.sentence_ids[i - 1] == tokens.sentence_ids[i]
        and tokens.texts[i - 1] in _PLACE_KINDS
        and listed_place(text)
    ):
        return True  # "die Stadt Essen", "der Stadt Halle": the place, not das Essen
    if (
        i > 0
        and tokens.sentence_ids[i - 1] == tokens.sentence_ids[i]
        and tokens.tags[i - 1] == "NOUN"
        and tokens.texts[i - 1].endswith(_AUTHORITY_ENDS)
        and listed_place(text)
    ):
        return True  # "die Staatsanwaltschaft Essen", "das Landgericht Halle": the town
    if text in _dateline_places(tokens.texts, tokens.sentence_ids) and (
        i == 0 or (tokens.tags[i - 1] == "ADP" and tokens.texts[i - 1].lower() not in _WITH_ARTICLE)
    ):
        return True  # "KONSTANZ (dpa) – … ein Ortsteil von Konstanz": the town, not die Konstanz
    if text in _surnames(index) or text in _first_names(index):
        return i == 0 or (
            tokens.tags[i - 1] not in ("DET", "ADJ", "NUM")
            and tokens.texts[i - 1].lower() not in _WITH_ARTICLE
        )
    return False


def _named_place(index: ReaderIndex, i: int) -> bool:
    """Token ``i`` is a one-word place the recogniser found (LOC) and German grammar
    or the place list confirms as a name: the dateline's place, a word the gazetteer
    lists as a place ("in Sachsen-Anhalt", "Magdeburg"), or a word right after a
    preposition without an article ("aus Dörrbach", "von Simmern"), where a singular
    common noun would need one (a noun the table lists as it stands, "an Joghurt", and
    a plural, "mit Amerikanern", are nouns there). A town read through a noun
    ("Magdeburg" through die Burg, "Simmern" as a plural of das Simmer) is no common
    noun there."""
    tokens = index.analysis.tokens
    entity = index.entity_at(tokens.starts[i])
    if entity is None or entity.label != "LOC" or not tokens.texts[i][:1].isupper():
        return False
    if opens_dateline(tokens.texts, tokens.sentence_ids, i):
        return True
    if (
        _bare(tokens, i)
        and not is_noun_lemma(tokens.texts[i])
        and features(tokens, i).shown.get("Number") == ("Sing",)
    ):
        # not a plural ("mit Amerikanern") nor a noun of its own ("an Joghurt"); a town
        # the noun table reads only through a compound ("Wittstock hat …": no der Stock)
        return True
    return load_gazetteer().place(tokens.texts[i], derived=True) is not None


def _bare(tokens: TokenTable, i: int) -> bool:
    """Token ``i`` has no article, determiner, adjective or number of its own before it:
    first in its sentence, or after a preposition, a conjunction, a verb or a punctuation
    mark ("nach Wittstock", "Wittstock hat …", "hat Wittstock", "und Kyritz"). A
    singular common noun stands so only without its article (mass nouns, "bei Regen");
    German names towns, cities, most countries and regions so."""
    if i == 0 or tokens.sentence_ids[i - 1] != tokens.sentence_ids[i]:
        return True
    before = tokens.tags[i - 1]
    if tokens.texts[i - 1].lower() in _WITH_ARTICLE:
        return False
    if before == "ADP":  # "nach Wittstock", "In Wittstock brannte …"
        return (
            tokens.texts[i - 1].islower()
            or i == 1
            or tokens.sentence_ids[i - 2] != (tokens.sentence_ids[i])
        )
    return before in ("CCONJ", "SCONJ", "VERB", "AUX", "PUNCT")


_WITH_ARTICLE = frozenset(
    {"am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "millionen", "milliarden"}
)


def form_line(analysis: FormAnalysis) -> str:
    """The shown features in one line for learners: the engine's explanation, plus a
    shown feature it leaves out (an adjective's gender), or else the features in words."""
    line = analysis.explanation or analysis.readable()
    if analysis.kind == KIND_ADJECTIVE:
        gender = analysis.shown.get("Gender")
        if gender:
            words = " or ".join(READABLE["Gender"][g] for g in gender)
            if words not in line:
                line = f"{line}, {words}" if line else words
    return line


def use_dictionary_genders(lookup: LookupFunction) -> None:
    """Let the morphology engine ask the dictionary for the gender of a noun whose
    table lists two ("der/das Teil") when it reads a noun without its entry, and
    whether a word spelt small is first of all an adverb ("morgen", "abends"; not
    "recht", an adjective first), which a capitalised first word before the verb then
    is (:func:`app.morphology.tagging.adverb_in_first_place`)."""

    def gender(word: str, lemma: str) -> str:
        info = lookup(word, lemma, "NOUN", "", "")
        return primary_first(info.genders or "", info.gender or "")

    def adverb(word: str) -> bool:
        info = lookup(word, word, "", "", "")
        return info.pos == "ADV" and info.match == "exact" and info.lemma == word

    def plural_listed(lemma: str, plural: str) -> bool:
        info = lookup(plural, plural, "NOUN", "", "")
        return info.match == "exact" and (
            (info.plural == plural and info.lemma == lemma)
            or (info.gender == "pl" and info.lemma == plural)
        )

    def first_plural(lemma: str, plural: str) -> str | None:
        own = lookup(lemma, lemma, "NOUN", "", "")
        if own.match != "exact" or own.lemma != lemma or not own.plural or own.plural == plural:
            return None
        if plural == lemma or not own.plural.startswith(lemma[:2]) or len(own.plural) > len(plural):
            return None  # another word as the plural ("Regen": Regenfälle)
        other = lookup(plural, plural, "NOUN", "", "")
        if other.match == "exact" and other.lemma == lemma and other.plural == own.plural:
            return own.plural  # "Wort {n} | Worte {pl}; Wörter {pl}": both in one line
        return None

    set_gender_lookup(gender)
    set_adverb_lookup(adverb)
    _PLURAL_LISTED[:] = [plural_listed]
    _FIRST_PLURAL[:] = [first_plural]


#: Ding's first plural of a noun where its line lists the noun table's plural second
#: ("Wort {n} | Worte {pl}; Wörter {pl}"), else None; set by :func:`use_dictionary_genders`.
_FIRST_PLURAL: list[Callable[[str, str], str | None]] = []
#: Whether Ding lists a form as the plural of a noun in a line of its own ("Notaufnahme |
#: Notaufnahmen {pl}", "Führerscheine {pl}"), set by :func:`use_dictionary_genders`.
_PLURAL_LISTED: list[Callable[[str, str], bool]] = []


@dataclass(frozen=True, slots=True)
class WordCard:
    """Everything the reader shows about one word."""

    token: int
    word: str
    lemma: str
    article: str | None
    gender: str | None  # readable
    plural: str | None
    pos: str  # readable
    morph: str  # readable: the form in one line (TokenGrammar.line)
    glosses: tuple[str, ...]
    compound: tuple[CompoundPart, ...]
    entity: str | None  # PER / LOC / ORG / MISC
    entity_text: str | None
    person: Person | None
    sentence: int
    source: str
    features: str = ""  # the same form in UD notation (TokenGrammar.ud, the JSON's "morph")


_CONTENT_KINDS = frozenset({KIND_NOUN, KIND_NAME, KIND_VERB, KIND_ADJECTIVE})


def make_card(index: ReaderIndex, token_index: int, info: WordInfo, frame: str = "") -> WordCard:
    token = index.token(token_index)
    entity = index.entity_at(token.start)
    person_index = index.person_at(token.start)
    person = index.person(person_index) if person_index is not None else None
    family = family_name(index.analysis.tokens, token_index)
    label = _label(entity, person_index) or (FAMILY_LABEL if family else None)
    unnamed = (label is None and unlabelled_name(index, token_index)) or (
        label == "ORG" and town_in_organisation(index, token_index)
    )  # a place inside an organisation's name ("Zentralstelle Cybercrime Bayern")
    in_name = label is not None or unnamed
    proper_name = unnamed or (in_name and (family or is_proper_name(index, token_index)))
    if unnamed and label is None:  # as card_names labels it
        label = "PER" if token.text in _surnames(index) else "LOC"
    grammar = token_grammar(index.analysis.tokens, token_index, info, in_name, proper_name, label)
    gender, article = grammar.gender, grammar.article
    word = word_class(index, token_index, info, grammar, label)
    code = word.code
    # a first name read as one outside a recognised name ("Jochen von Ahlen sagte …"),
    # whose dictionary entry is another word's (das Joch): translated as a person's name
    first_name = (
        label is None
        and grammar.pos == "PROPN"
        and is_given_name(token.text)
        and info.lemma != token.text
    )
    return WordCard(
        token=token_index,
        word=token.text,
        lemma=token.text if code else shown_lemma(grammar, info, token.lemma, token.text, frame),
        article=article,
        gender=gender_name(gender) if gender else None,
        plural=grammar.plural,
        pos=word.readable,
        morph=grammar.line,
        glosses=()
        if code
        else shown_glosses(
            token.text, info.glosses, "PER" if first_name else label, proper_name and label != "PER"
        ),
        # a place's name is not the compound read in it ("Mühl|hausen": no belugas)
        compound=() if code or (proper_name and label == "LOC") else tuple(info.compound),
        entity=entity.label if entity else ("PER" if person else None),
        entity_text=entity.text if entity else None,
        person=person,
        sentence=token.sentence,
        source=info.source,
        features=grammar.ud,
    )


#: Verbs that take a predicative adjective, which looks like a separable particle.
def separable_headword(text: str, token_lemma: str, lemma: str, found: str = "") -> str:
    """The headword of the card of ``text``, a split separable verb's stem or particle
    whose token lemma is the joined verb (``token_lemma``: "rechnete … vor" and "vor"
    with "vorrechnen", joined only when the lexicon knows the verb), where the
    dictionary's ``lemma`` is only the bare verb ("rechnen") or the particle itself
    ("fest" in "legt … fest"): the card of the verb and of its particle both head with
    the separable verb (also where the dictionary ``found`` the joined verb for the
    particle, whose card the grammar engine heads with the adjective: "fest"). Where
    the dictionary lacks the joined verb, not for a copula's, whose "particle" may be a
    predicative adjective ("Der Eintritt bleibt frei"). ``lemma`` otherwise."""
    if lemma == token_lemma or not token_lemma[:1].islower():
        return lemma
    if is_split_particle(text, token_lemma):
        if lemma.lower() != text.lower():
            return lemma
        copula = token_lemma[len(text) :] in COPULA_VERBS
        return token_lemma if found == token_lemma or not copula else lemma
    base = split_base(text, token_lemma)
    if base is None or lemma != base or base in COPULA_VERBS:
        # "Der Eintritt bleibt frei": "bleiben" with a predicative adjective, which
        # the dictionary's lack of "freibleiben" leaves open: the bare verb
        return lemma
    return token_lemma


def _own_lemma(text: str, lemma: str) -> bool:
    """A person's name ``text`` is its own lemma, not the ``lemma`` read in it ("Lorenzen"
    as a plural of Lorenze, "Weiland" as the adverb), unless it is that lemma's genitive
    ("Merkels", "Klaus'")."""
    if lemma == text or not text[:1].isupper() or not text.replace("-", "").isalpha():
        return False
    return text not in (lemma + "s", lemma + "'", lemma + "’")


@dataclass(frozen=True, slots=True)
class WordClass:
    """The part of speech of one token as the card and ``analyze --json --tokens`` state it.

    Made by :func:`word_class` only: ``ud`` is the JSON's ``pos`` (a UD tag), ``readable``
    the card's words for it, which name two things UD has no tag of its own for ("name or
    abbreviation", "particle of a separable verb")."""

    ud: str
    readable: str
    code: bool = False  # an agency's name or code, a district's name: shown as it stands


#: The card's part of speech of a separable verb's particle standing apart ("an" in
#: "kündigte … an").
SPLIT_PARTICLE = "particle of a separable verb"


#: The particles of separable verbs UD German tags ADP, as the prepositions they also are
#: ("kündigte … an", "fand … statt"); the others are ADV ("ein", "fest", "zurück"). From
#: the PTKVZ / compound:prt tokens of de_gsd (dev, test) and de_pud (data/ud).
_PREPOSITION_PARTICLES = frozenset(
    {"ab", "an", "auf", "aus", "bei", "durch", "mit", "nach", "statt", "um", "vor", "zu", "über"}
)


def word_class(
    index: ReaderIndex, i: int, info: WordInfo, grammar: TokenGrammar, label: str | None
) -> WordClass:
    """The part of speech of token ``i``: the engine's reading (``grammar``, from
    :func:`token_grammar`) where it read a content word, within a name the recogniser
    or a person's mention found a proper noun, else the tagger's or the dictionary's tag.
    ``label`` is the name's kind as :func:`card_names` gives it (None outside a name).
    The one decision the card and ``analyze --json --tokens`` share."""
    tokens = index.analysis.tokens
    token = tokens[i]
    start = tokens.starts[i]
    named = index.entity_at(start) is not None or index.person_at(start) is not None
    readable = ""
    if grammar.kind == KIND_NAME:
        ud = "PROPN"
        readable = "proper noun" if named else NAME_OR_ABBREVIATION
    elif grammar.kind == KIND_VERB:  # the forms decide, not the tag: "einstellt", "plant"
        ud = "AUX" if grammar.pos == "AUX" else "VERB"
    elif grammar.kind == KIND_NOUN and named:
        ud = "PROPN" if grammar.pos == "PROPN" else "NOUN"
    elif grammar.kind == KIND_NOUN and token.text.islower() and info.pos not in ("", "NOUN"):
        ud = info.pos  # "190 mehr als": no noun in lower case (the dictionary's)
    elif grammar.kind in _CONTENT_KINDS:
        ud = grammar.pos
    elif grammar.pos in ("ADV", "DET") and not grammar.kind and token.pos in ("VERB", "AUX"):
        # the form its neighbours settle, not the tagger's verb: "ist meist pünktlich"
        # (the adverb), "sein Erspartes" (the possessive)
        ud = grammar.pos
    elif grammar.pos in ("ADV", "ADJ", "PRON", "PART") and token.pos in ("NOUN", "PROPN"):
        # "Denkbar sei …": the engine's adverb, not the tagger's noun; "Niemand kam"
        # (pronoun), "es klappt halt" (particle)
        ud = grammar.pos
    elif named and token.pos == "NUM" and token.text[:1].isupper() and token.text.isalpha():
        ud = "PROPN"  # "über Nordkoreas Pläne": a name the tagger took for a number
    else:
        ud = token.pos or info.pos
    if is_split_particle(token.text, token.lemma):  # "an" in "kündigte … an"
        ud = "ADP" if token.text.lower() in _PREPOSITION_PARTICLES else "ADV"
        readable = SPLIT_PARTICLE
    code = bool(
        agency_code(tokens.texts, i)
        or agency_credit(tokens.texts, i)
        or (label is None and district_name(tokens.texts, i, tokens.morphs))
    )
    if code:
        # "(dpa/sa)": the agency's regional office; "(Reuters)": the agency, no word of
        # Ding's ("Reuter": hay drying frame)
        ud, readable = "PROPN", NAME_OR_ABBREVIATION
    return WordClass(ud, readable or readable_pos(ud), code)


def agency_credit(texts: Sequence[str], i: int) -> bool:
    """Token ``i`` names a news agency in a dateline or credit: "Berlin (Reuters) -",
    "(dpa/AFP)", "Foto: Reuters". The agency's name is no noun of a clause ("Reuters" is
    no genitive of "Reuter"): it keeps its form and shows no case."""
    return (
        i > 0
        and texts[i].lower() in AGENCY_WORDS
        and texts[i][:1].isupper()
        and texts[i - 1] in ("(", "/", ":")
        # not a word of its own ("Ergebnis: Archiv und …", "Tipp: Privat vorsorgen"):
        # the lists of credits hold common words too
        and not is_noun_lemma(texts[i])
        and not read_adjective(texts[i].lower())
    )


def dateline_capitals(
    texts: Sequence[str], i: int, sentence_ids: Sequence[int] | None = None
) -> bool:
    """Token ``i`` is a word of a dateline written in capitals ("KEMPTEN (dpa) –",
    "BAD TÖLZ (dpa)", "KONSTANZ/KEMPTEN (AFP)"): all capitals, more than three letters
    (not an abbreviation such as "CDU" elsewhere), before an agency's credit in
    brackets with only such words, hyphens or slashes between, and opening its sentence
    (with ``sentence_ids``) or the text or following punctuation: an acronym inside a
    sentence that credits an agency is no dateline ("Laut DIHK (dpa) fehlen …")."""
    word = texts[i]
    if not word.isupper() or not word.replace("-", "").isalpha():
        return False
    first = i
    while first > 0 and (
        texts[first - 1] in ("/", "-")
        or (texts[first - 1].isupper() and texts[first - 1].isalpha())
    ):
        first -= 1
    if first > 0 and (
        sentence_ids[first - 1] == sentence_ids[first]
        if sentence_ids is not None
        else any(c.isalnum() for c in texts[first - 1])
    ):
        return False
    j = i + 1
    while j < len(texts) and (
        texts[j] in ("/", "-") or (texts[j].isupper() and texts[j].isalpha())
    ):
        j += 1
    if not (j + 1 < len(texts) and texts[j] == "(" and texts[j + 1].lower() in AGENCY_WORDS):
        return False
    # "CDU" is an abbreviation; but "WYK AUF FÖHR (dpa)" where the text writes "Wyk" (the
    # whole-text search last: only a dateline's short word gets there)
    return len(word) > _MAX_ABBREVIATION or word.title() in texts


#: The longest word in capitals read as an abbreviation rather than a dateline's place.
_MAX_ABBREVIATION = 3


def agency_code(texts: Sequence[str], i: int) -> bool:
    """Token ``i`` is the code of an agency's regional service in a dateline: "sa" in
    "Magdeburg (dpa/sa) -", "lni" in "(dpa/lni)". News agencies sign regional reports
    with such codes (lower case, a few letters); they are no German words ("sa" is
    not Saudi Arabia)."""
    text = texts[i]
    return (
        1 < len(text) <= _MAX_AGENCY_CODE
        and text.isalpha()
        and text.islower()
        and 2 <= i < len(texts) - 1
        and texts[i - 1] == "/"
        and texts[i - 2].lower() in AGENCY_WORDS
        and texts[i + 1] == ")"
    )


#: "Landkreis", "Kreis" (German districts) in the dative after a contracted preposition or
#: in the genitive: the capitalised word after them is the district's name.
_DISTRICT_NOUNS = frozenset({"Landkreis", "Kreis"})
_DISTRICT_GENITIVES = frozenset({"Landkreises", "Kreises"})
_DISTRICT_LEADS = frozenset({"im", "vom", "zum", "beim", "des"})


def district_name(texts: Sequence[str], i: int, morphs: Sequence[str] = ()) -> bool:
    """Token ``i`` names a district: "im Landkreis Regen", "des Kreises Kleve", "vom
    Landkreis Wesel". A capitalised word right after the district noun is its name (German
    writes the district's kind before its name); it is no common noun ("Regen" is not
    rain). Only after a contracted preposition or "des" ("im Kreis", "des Landkreises"):
    "weil der Kreis Kosten spart" has a subject and an object. Given the tokens'
    ``morphs``, a word right before an infinitive or a participle is that verb's object
    ("Nun muss der Landrat des Kreises Stellung nehmen", "dass die Verwaltung des Kreises
    Fehler gemacht hat"), no name."""
    text = texts[i]
    if i < 1 or not text[:1].isupper() or not text.replace("-", "").isalpha():
        return False
    if i + 1 < len(morphs) and (
        "VerbForm=Inf" in morphs[i + 1] or "VerbForm=Part" in morphs[i + 1]
    ):
        return False
    if (
        i + 1 < len(morphs)
        and "VerbForm=Fin" in morphs[i + 1]
        and (i + 2 >= len(texts) or not texts[i + 2][:1].isalnum())
    ):
        return False  # a finite verb closing a subordinate clause: "weil die Verwaltung des
        # Kreises Geld spart." ("Geld" its object); "des Kreises Kleve hat …" stays a name
    head = texts[i - 1]
    if head in _DISTRICT_GENITIVES:
        return True
    return head in _DISTRICT_NOUNS and i >= 2 and texts[i - 2].lower() in _DISTRICT_LEADS


def shown_lemma(
    grammar: TokenGrammar, info: WordInfo, token_lemma: str, text: str, frame: str = ""
) -> str:
    """The base form the card heads with and ``analyze --json --tokens`` gives as ``lemma``.

    Nouns, names and adjectives: the engine's ("der US-Beamte", not Ding's
    "US-Beamter"); other words: the dictionary's; a verb whose clause uses one of
    its constructions (``frame``, from its lookup key): that headword ("mit etw.
    rechnen"). A finite verb or a participle the dictionary lists as a word of its own
    ("würden", "ausgeschaltet"), or one spelt small that the dictionary read as a noun's
    form ("hänge": not der Hang), heads with the verb the engine read it as ("werden",
    "ausschalten", "hängen"): the card's form line names that verb's forms, when that verb
    is one the verb table stores or the tagger's lemma (not a verb the engine only built
    from a prefix: "gefällt" stays, never "gefällen")."""
    if grammar.kind in (KIND_NOUN, KIND_NAME, KIND_ADJECTIVE):
        lemma = grammar.lemma or info.lemma or token_lemma or text
    elif grammar.pos in ("PRON", "PART") and text[:1].isupper() and token_lemma.islower():
        lemma = token_lemma  # "Niemand" opening a sentence: the pronoun niemand
    elif grammar.pos in ("ADV", "ADJ") and text[:1].isupper() and grammar.lemma == text.lower():
        lemma = grammar.lemma  # "Nachts" opening a sentence: the adverb nachts; "Klar ist:"
    else:
        lemma = info.lemma or token_lemma or text
    if (
        grammar.kind == KIND_VERB
        # or a noun's ("hänge" read through "Hang": a word spelt small is no noun)
        # or a capitalised participle opening a sentence read as a noun ("Gestärkt
        # wurde …": not die Stärke)
        and (
            info.lemma == text
            or (info.lemma[:1].isupper() and text[:1].islower())
            or (info.lemma[:1].isupper() and "VerbForm=Part" in grammar.ud)
        )
        and grammar.lemma
        and grammar.lemma != text
        and ("VerbForm=Fin" in grammar.ud or "VerbForm=Part" in grammar.ud)
        and (is_verb(grammar.lemma) or grammar.lemma == token_lemma)
        # not an infinitive the dictionary matched as such ("in den See gelangen": not
        # the past of gelingen, whose glosses the card does not show)
        and not (info.lemma == text and INFINITIVE in readings(text, text, guess=False))
        # not a verb the word is no form of where the tagger's verb has it ("gelangte":
        # gelangen; the engine's "langen" conjugates "langte", its participle "gelangt")
        and not (
            token_lemma != grammar.lemma
            and readings(text, token_lemma, guess=False)
            and not readings(text, grammar.lemma, guess=False)
        )
    ):
        lemma = grammar.lemma
    elif _joined_infinitive(info, token_lemma, text):
        lemma = text  # "offenhalten", which Ding lists in the line of "halten"
    elif _participle_of_other_verb(grammar, lemma, token_lemma, text):
        lemma = token_lemma  # "gebündelt" of bündeln, not of Ding's synonym zusammenfassen
    frame = split_frame(frame).frame  # without the sentence sent along
    if info.headword and frame:
        words = frame.split()
        if any(word in words for word in info.headword.split()):
            lemma = info.headword  # the construction the clause uses ("sich melden")
    return separable_headword(text, token_lemma, _without_objects(lemma), info.lemma)


def _participle_of_other_verb(
    grammar: TokenGrammar, lemma: str, token_lemma: str, text: str
) -> bool:
    """Whether ``text``, a past participle of the tagger's verb ``token_lemma``, was given
    a dictionary lemma it is no participle of by the conjugation tables: Ding lists
    "gebündelt" in a line of zusammenfassen ("bündeln; zusammenfassen"), "angenommen" in
    one of vermuten, whose participles are "zusammengefasst", "vermutet". Not a separable
    verb whose particle stands apart ("verloren gegangen": verlorengehen, which ends in
    the tagger's gehen)."""
    verb = lemma.removeprefix("sich ")
    return (
        "VerbForm=Part" in grammar.ud
        and token_lemma != verb
        and token_lemma.islower()
        and verb.islower()
        and verb.isalpha()
        and not verb.endswith(token_lemma)
        and paradigm(verb, guess=False) is not None
        and PARTICIPLE not in readings(text, verb, guess=False)
        and PARTICIPLE in readings(text, token_lemma, guess=False)
    )


#: Ding's placeholders for a verb's objects in a headword ("vor etw. warnen", "von
#: jdm./etw. hören", "jds. Recht").
_PLACEHOLDER_MARKS = ("etw.", "jd.", "jdm.", "jdn.", "jds.")


def _without_objects(lemma: str) -> str:
    """The bare verb of a Ding headword that names the verb's objects: "vor etw. warnen"
    -> "warnen", "sich zu etw. melden" -> "sich melden", "etw. für etw. halten" ->
    "halten" (the construction is a usage, not the word's base form: "auf Föhr hoffen"
    is no "auf etw. hoffen"); a headword without a placeholder stays ("sich befinden").
    A reflexive that belongs to an idiom with a noun of its own stays with the idiom:
    "sich um jdn./etw. Sorgen machen" -> "machen", not "sich machen"."""
    words = lemma.split()
    if len(words) < 2 or not any(p in w for w in words for p in _PLACEHOLDER_MARKS):
        return lemma
    verb = words[-1]
    if any(p in verb for p in _PLACEHOLDER_MARKS) or not verb.islower():
        return lemma
    idiom_noun = any(w[:1].isupper() for w in words[:-1])
    return f"sich {verb}" if "sich" in words[:-1] and not idiom_noun else verb


def _joined_infinitive(info: WordInfo, token_lemma: str, text: str) -> bool:
    """Whether ``text`` is the infinitive of a separable verb written as one word that
    Ding lists inside the line of its base verb ("etw. offen halten; etw. offenhalten"
    under "halten"): the word itself matched, it is its own lemma, and it is a particle
    ("offen") and the dictionary's lemma ("halten")."""
    base = info.lemma
    return (
        info.match == "exact"
        and text == token_lemma
        and text.isalpha()
        and text.islower()
        and bool(base)
        and len(text) > len(base)
        and text.endswith(base)
        and text[: len(text) - len(base)] in PARTICLES
    )


def shown_glosses(
    text: str, glosses: Sequence[str], name: str | None, proper: bool = False
) -> tuple[str, ...]:
    """The glosses the card and the JSON give for a token (``name``: the label of the
    name it stands in, see :func:`name_label`; ``proper``: the token is part of a place's
    name, see :func:`is_proper_name`).

    A person's name is not translated: of the dictionary's glosses only names fit it
    ("Peter" is no "polyethylene terephthalate", "Fischer" no "fisherman"). Nor is an
    abbreviation in capitals inside a name: "NATO" keeps "North Atlantic Treaty
    Organization", but "AP" the agency is no "aniline point" and "BILD" the paper no
    "picture". Nor is a place the place list names in this form: "in Essen", "Landgericht
    Kiel" are the towns, not food or a keel ("Hessen" keeps "Hesse"). Nor is a place's
    name by the parts of a compound read in it: "Mühlhausen" is no "mill + belugas",
    "Rüdesheim" no "male dog + home". In any other place's name the dictionary's names of
    places come first ("im Harz": "Harz Mountains" before "resin")."""
    if (
        name == "PER"
        or (name is not None and len(text) > 1 and text.isupper())
        or (proper and name is not None and listed_place(text))
    ):
        return tuple(g for g in glosses if g[:1].isupper() and not g.endswith(("…", ".", "!")))
    if proper and name == "LOC":
        return tuple(g for g in glosses if " + " not in g)
    if name == "LOC" and text[:1].isupper() and glosses and not glosses[0][:1].isupper():
        # a word of a place's name that is also a common noun ("im Harz": the Harz
        # Mountains, not resin): the dictionary's names of places first, when a common
        # noun's gloss leads ("Ruhr area", "Ukraine" stay first)
        # (a gloss of capitalised words, not the German word itself: "Reich", "B")
        names = [
            g
            for g in glosses
            if all(w[:1].isupper() for w in g.split()) and g.replace(" ", "").isalpha()
            and not text.startswith(g)
        ]  # fmt: skip
        return tuple(names + [g for g in glosses if g not in names])
    return tuple(glosses)


def headword(card: WordCard) -> str:
    """``die Spannung`` for a noun with a known article, else the lemma."""
    if card.article:
        return f"{card.article} {card.lemma}"
    return card.lemma


def grammar_line(card: WordCard) -> str:
    """``noun, feminine · plural: Spannungen`` (plain text)."""
    parts = [p for p in (card.pos, card.gender) if p]
    head = ", ".join(parts)
    if card.plural:
        head = f"{head} · plural: {card.plural}" if head else f"plural: {card.plural}"
    return head


@dataclass(frozen=True, slots=True)
class SentenceTranslation:
    """What the card and the Word panel say about the sentence's translation."""

    text: str | None = None
    """The translation, when there is one."""
    pending: bool = False
    """Being fetched: the card shows a quiet placeholder."""
    language: str = "English"
    note: str = ""
    """Why there is none (Word panel only), e.g. "Online translation is off"."""
    offer: bool = False
    """The Word panel offers a "Translate this sentence" link."""


@dataclass(frozen=True, slots=True)
class OnlineGloss:
    """A word's gloss from the online service, for words the offline dictionary lacks."""

    text: str | None = None
    pending: bool = False
    service: str = ""
    """The service's name, shown with the gloss ("online · Google Translate")."""


def as_translation(value: SentenceTranslation | str | None) -> SentenceTranslation | None:
    if value is None or isinstance(value, SentenceTranslation):
        return value
    return SentenceTranslation(text=value) if value else None


def needs_online_gloss(card: WordCard) -> bool:
    """True for a word the offline dictionary does not explain (names and numbers excepted)."""
    return (
        not card.glosses
        and not card.compound
        and card.entity is None
        and card.pos not in {"proper noun", NAME_OR_ABBREVIATION, "number", "punctuation", "symbol"}
        and any(ch.isalpha() for ch in card.word)
    )


class WordDescriber:
    """Cards for the tokens of one analysed text (built lazily, then kept)."""

    def __init__(self, index: ReaderIndex, infos: InfoCache) -> None:
        self.index = index
        self.infos = infos
        self._cards: dict[int, WordCard] = {}
        self._places: frozenset[str] | None = None  # the text's place names, when asked
        use_dictionary_genders(infos.get)

    def card(self, token_index: int) -> WordCard:
        card = self._cards.get(token_index)
        if card is None:
            tokens = self.index.analysis.tokens
            key = lookup_key(tokens, token_index)
            info = self.infos.get(*key)
            if self._places is None:
                self._places = text_places(self.index.analysis.entities)
            info = place_of_text(info, tokens, token_index, self._places)  # "Nienburger"
            card = make_card(self.index, token_index, info, frame=key[4])
            self._cards[token_index] = card
        return card
