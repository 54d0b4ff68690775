"""The grammar of one token in its sentence: :func:`features`.

Nouns and proper nouns: lemma, gender and plural from the noun table (read by
:mod:`app.morphology.nouns`), case and number from what the form allows
intersected with the phrase (:mod:`app.morphology.phrase`). Verbs: the
readings of the form in its verb's paradigm narrowed by the clause
(:mod:`app.morphology.verbs`). Adjectives: degree from the form, case, number
and gender from the noun they stand before. The morphologizer's features are
not used to decide anything. Every feature is shown only with one or two
possible values (see :class:`app.morphology.model.FormAnalysis`).

Works on :class:`app.core.tokens.TokenTable` columns; never raises for odd
input (an unexpected error gives an analysis that shows nothing). No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from app.core.wordfreq_data import zipf_table
from app.lexicon.words import (
    ATTRIBUTIVE_ENDINGS,
    DEFINITE,
    MODAL_PARTICLES,
    feels_well,
    is_given_name,
)
from app.morphology.adjectives import (
    AdjectiveReading,
    choose,
    inflects,
    inflects_in_use,
    listed_base,
    pronoun_like,
    read_adjective,
    uninflected_quantity,
)
from app.morphology.agreement import (
    ALL_BUNDLES,
    CONTRACTIONS,
    DETERMINERS,
    GENDER_OF,
    PREPOSITIONS,
    Bundle,
    bundles_of_ending,
    noun_bundles,
)
from app.morphology.clause import RELATIVE_PRONOUNS, refine
from app.morphology.explain import verb_analysis
from app.morphology.forms import is_abbreviation
from app.morphology.lexicon import adjective_comparison
from app.morphology.model import (
    KIND_ADJECTIVE,
    READABLE,
    DictionaryEntry,
    FormAnalysis,
    ordered,
)
from app.morphology.noun_form import (
    MAX_SHOWN,
    dictionary_gender,
    noun_analysis,
    one_of,
    primary_first,
)
from app.morphology.nouns import (
    ADJECTIVAL,
    NAME,
    NOUN,
    PLACE,
    PLACE_HEADS,
    UNKNOWN,
    NounReading,
    by_suffix,
    nominalised_adjective,
    read_noun,
)
from app.morphology.phrase import (
    MEASURE_NOUNS,
    NAME_PARTICLES,
    Agreement,
    Phrase,
    agree,
    find_phrase,
    is_first_name,
    is_numeral,
    particle_in_name,
)
from app.morphology.prepositions import choose_case
from app.morphology.tagging import (
    EffectiveTags,
    adjective_in_name,
    after_neuter_quantifier,
    another_finite_verb,
    ge_verb,
    head_noun,
    in_english_name,
    in_extended_attribute,
    mid_sentence,
    the_finite_verb,
    verb_lemma,
)
from app.morphology.verbs import (
    PARTICIPLE,
    SEPARABLE,
    Reading,
    clause_span,
    only_subjunctive,
    paradigm,
    resolve,
)

if TYPE_CHECKING:
    from app.core.tokens import TokenTable


class _Memo:
    """Results for one token table (the last one asked about): the local reading of
    each noun phrase and the resolved readings of each verb, which the clause
    rules ask for again and again, and the finished analyses."""

    __slots__ = (
        "analyses", "name_words", "owner", "phrases", "reported", "sentence_firsts",
        "singular_nouns", "tags", "verbs",
    )  # fmt: skip

    def __init__(self, owner: TokenTable) -> None:
        self.owner = owner
        self.name_words: frozenset[str] | None = None
        self.tags = EffectiveTags(owner)
        self.phrases: dict[int, tuple[NounReading, Phrase, Agreement, bool] | None] = {}
        self.verbs: dict[int, tuple[str, frozenset[Reading], str]] = {}
        self.analyses: dict[tuple[int, str, str], FormAnalysis] = {}
        #: nouns whose phrase also fits an adjectival noun's bare plural: read as the noun
        #: in the singular unless the clause decides the plural (:func:`_noun`)
        self.singular_nouns: dict[int, NounReading] = {}
        #: the first token of each token's sentence, and whether the sentence opening at
        #: a token continues reported speech (:func:`_continues_reported_speech`)
        self.sentence_firsts: list[int] | None = None
        self.reported: dict[int, bool] = {}


def tags_of(tokens: TokenTable) -> Sequence[str]:
    """The corrected parts of speech of ``tokens`` (see :class:`EffectiveTags`)."""
    return _memo_for(tokens).tags


_memo: _Memo | None = None


def _memo_for(tokens: TokenTable) -> _Memo:
    global _memo
    memo = _memo
    if memo is None or memo.owner is not tokens:
        memo = _memo = _Memo(tokens)
    return memo


def features(tokens: TokenTable, index: int, info: DictionaryEntry | None = None) -> FormAnalysis:
    """The grammar the card shows for token ``index`` (``info``: its dictionary entry)."""
    memo = _memo_for(tokens)
    key = (
        index,
        ((info.gender or "") + "|" + getattr(info, "genders", "")) if info else "",
        (info.match or "") if info else "",
    )
    found = memo.analyses.get(key)
    if found is not None:
        return found
    try:
        result = _features(tokens, index, info)
    except Exception:  # a bug here must not take the card down: show no grammar
        result = FormAnalysis(lemma=tokens.lemmas[index], pos=tokens.tags[index])
    memo.analyses[key] = result
    return result


def _features(tokens: TokenTable, index: int, info: DictionaryEntry | None) -> FormAnalysis:
    tag = tags_of(tokens)[index]
    text = tokens.texts[index]
    if not any(c.isalpha() for c in text):
        return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    if _approximates_number(tokens, index):
        # "rund 200 Zuschauer", "knapp 20 Kinder", "mehr als 6400 Unterschriften": an
        # adverb of the number, neither compared nor a noun
        return FormAnalysis(lemma=text.lower(), pos="ADV")
    if tag in ("NOUN", "PROPN") and adjective_in_name(tokens, index):
        adjective = _adjective(tokens, index, trust_lemma=False)
        if adjective is not None:
            return adjective  # "die Vereinigten Staaten", "im Weißen Haus"
    if tag in ("NOUN", "PROPN") and _adjective_of_a_title(tokens, index):
        adjective = _adjective(tokens, index, trust_lemma=False)
        if adjective is not None:  # "die Vorsitzende Richterin", "Leitender Oberstaatsanwalt"
            return adjective
    if tag in ("NOUN", "PROPN") and _capitalised_first_adjective(tokens, index):
        adjective = _adjective(tokens, index, trust_lemma=False)
        if adjective is not None:  # "Höhere Wertschöpfung fließt …", "Weitere Kernpunkte …"
            return adjective
    if tag in ("NOUN", "PROPN") and _adverb_opening_sentence(tokens, index):
        return FormAnalysis(lemma=text.lower(), pos="ADV")  # "Besonders laut …", "Nachts …"
    if tag == "DET" and _comparative_as_determiner(text):
        adjective = _adjective(tokens, index, trust_lemma=False)
        bases = sorted({r.lemma for r in read_adjective(text) if r.degree == "Cmp"}, key=len)
        if adjective is not None and bases and adjective.lemma not in bases:
            # two bases ("mild", "milde"): the shorter, not the tagger's lemma of a
            # determiner ("mildern")
            adjective = replace(
                adjective,
                lemma=bases[0],
                explanation=adjective.explanation.replace(f"»{adjective.lemma}«", f"»{bases[0]}«"),
            )
        if adjective is not None:  # "fordert höhere staatliche Zuschüsse"
            return adjective
    if tag in ("NOUN", "PROPN") and _predicate_first(tokens, index):
        return FormAnalysis(lemma=text.lower(), pos="ADJ")  # "Klar ist: …", "Fest steht, dass"
    if tag in ("NOUN", "PROPN") and _fronted_participle(tokens, index):
        # "Ergänzt wird die Schau durch …": the participle of the passive, put first
        return verb_analysis(
            verb_lemma(tokens, index)[0], "VERB", frozenset({PARTICIPLE}),
            f"with »{tokens.texts[index + 1]}«",
        )  # fmt: skip
    if tag in ("NOUN", "PROPN"):
        return _noun(tokens, index, info)
    if tag in ("VERB", "ADJ", "ADV") and text[:1].islower():
        state = _stative_participle(tokens, index)
        if state is not None:  # "ist sehr gepflegt", "freundlich und bemüht"
            return state
    if tag in ("VERB", "AUX") and text[:1].isupper() and mid_sentence(tokens, index):
        return _noun(tokens, index, info)  # "Korea-Experte" tagged as a verb
    if tag in ("VERB", "AUX") and _before_participle(tokens, index):
        adjective = _adjective(tokens, index, trust_lemma=False)
        if adjective is not None:  # "wird später bekannt gegeben": not "bekennen"
            return adjective
    if tag == "VERB" and text[:1].islower():
        participle = _participial_clause(tokens, index)
        if participle is not None:  # "…, oft kurzfristig verabredet, hieß es"
            return participle
        if _participle_without_auxiliary(tokens, index):
            adjective = _adjective(tokens, index, trust_lemma=False)
            if adjective is not None:  # "nimmt es gelassen", "reagierten empört"
                return adjective
    if tag in ("VERB", "AUX"):
        verb = _verb(tokens, index)
        if verb is not None:
            return verb
        adjective = _adjective(tokens, index, trust_lemma=False)
        return adjective or FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    if tag == "ADV" and text[:1].isupper() and not mid_sentence(tokens, index):
        base = next((r.lemma for r in read_adjective(text.lower()) if not r.ending), "")
        if base == text.lower():  # "Betroffen seien …", "Denkbar sei …": the word itself
            return FormAnalysis(lemma=base, pos="ADV")
        if tokens.tags[index] in ("NOUN", "PROPN"):
            # a noun's spelling the tagging reads as the adverb in first place ("Abends
            # ist es ruhig"; :func:`~app.morphology.tagging.adverb_in_first_place`)
            return FormAnalysis(lemma=text.lower(), pos="ADV")
    if tag in ("ADJ", "ADV") and text[:1].islower():
        participle = _perfect_participle(tokens, index)
        if participle is not None:  # "hat uns den Sonntag verdorben"
            return participle
    if tag == "ADV" and text[:1].islower():
        found = read_adjective(text)
        if found and all(r.ending and r.degree == "Pos" for r in found):
            # "haben lange gezögert": an adjective used as an adverb is never inflected,
            # so a form with an ending is the adverb itself (lange), not »lang«
            return FormAnalysis(lemma=text, pos="ADV")
        if _modal_particle(tokens, index):
            return FormAnalysis(lemma=text, pos="ADV")  # "Das ist wohl größer": no degree
        # an adjective used as an adverb ("deutlich gestiegen"): its degree
        adjective = _adjective(tokens, index, trust_lemma=False)
        if (
            adjective is not None
            and adjective.shown.get("Degree")
            and text.lower() not in _DEGREE_PARTICLES
            and not _bare_superlative(tokens, index, adjective)
            and (adjective.shown["Degree"] != ("Pos",) or inflects_in_use(adjective.lemma))
            and not (
                adjective.shown["Degree"] == ("Pos",) and _adverb_in_middle_field(tokens, index)
            )
        ):
            return FormAnalysis(
                lemma=adjective.lemma,
                pos="ADJ",
                shown={"Degree": adjective.shown["Degree"]},
                explanation=adjective.explanation or "adjective used as an adverb",
                kind=KIND_ADJECTIVE,
            )
        if text.endswith("n"):  # an infinitive tagged as an adverb ("… erweitern und …")
            verb = _verb(tokens, index)
            form = verb.shown.get("VerbForm", ()) if verb is not None else ()
            # or the finite verb that closes a subordinate clause ("…, die Partikel ab 20
            # Mikrometern zurückhalten."): the same form, before the clause's end
            if verb is not None and (
                form == ("Inf",) or ("Fin" in form and _ends_clause(tokens, index))
            ):
                return FormAnalysis(
                    lemma=verb.lemma, pos="VERB", shown=verb.shown,
                    explanation=verb.explanation, kind=verb.kind,
                )  # fmt: skip
        return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    if tag == "ADJ" and tokens.tags[index] != "VERB" and the_finite_verb(tokens, index):
        # (a verb's tag corrected to an adjective stays one: "und leere Kassen")
        verb = _verb(tokens, index)  # "…, verbreitete Optimismus" tagged as an adjective
        if verb is not None and verb.shown.get("VerbForm") == ("Fin",):
            return verb
    if tag in ("ADJ", "ADV") and _particle_of_the_verb(tokens, index):
        # "Zahlreiche Keller liefen voll": the particle of "volllaufen", not compared
        return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    if tag == "ADJ" and _title_before_name(tokens, index):
        return _noun(tokens, index, info)  # "von Innenverteidiger Felix Osterkamp"
    if tag == "ADJ" and _capitalised_unknown(tokens, index):
        if read_noun(text).kind == NOUN or is_given_name(text):
            return _noun(tokens, index, info)  # "die Pensionäre Tränen", "Gisela Hartung"
        return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    if tag == "ADJ":
        # a word the tagger called a verb has a verb's lemma ("leere": leeren)
        adjective = _adjective(tokens, index, trust_lemma=tokens.tags[index] != "VERB")
        if adjective is not None and (
            adjective_comparison(adjective.lemma) is not None
            or not _resolved_verb(tokens, index)[1]
            # inflected before its common noun: a participle used as an adjective ("die
            # groß angelegte Aktion", "eine von Russland initiierte Maßnahme"), not a
            # finite verb ("beobachtete Kim zuletzt viele Tests": a name follows)
            or ("Number" in adjective.shown and _before_common_noun(tokens, index))
            # "einem von Hebammen geleiteten Kreißsaal" (the noun tagged a name): not
            # the past of »geleiten«
            or ("Number" in adjective.shown and in_extended_attribute(tokens, index))
        ):
            return adjective
        verb = _verb(tokens, index)  # "aufgeben" tagged as an adjective
        if (
            adjective is not None
            and verb is not None
            and verb.shown.get("VerbForm") == ("Fin",)
            and another_finite_verb(tokens, index)
        ):
            # "Lange hatte es so ausgesehen": the clause has its finite verb already, so
            # the word is no finite »langen«; the adjective, or nothing, is shown
            if "Number" in adjective.shown:
                return adjective
            return FormAnalysis(lemma=adjective.lemma, pos=tag)
        if verb is not None:
            return verb
        if adjective is not None:
            return adjective
        verb = _verb(tokens, index)
        if verb is not None and verb.shown.get("VerbForm") == ("Part",):
            return verb
        return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)
    return FormAnalysis(lemma=tokens.lemmas[index], pos=tag)


#: Adverbs that say how near a number is to the quantity ("rund 200", "gut 50 Frauen",
#: "knapp 3 Prozent"); uninflected, right before the number.
_APPROXIMATORS = frozenset(
    {"rund", "etwa", "knapp", "gut", "fast", "ungefähr", "annähernd", "nahezu", "beinahe",
     "circa", "zirka", "genau", "exakt", "kaum", "mindestens", "höchstens", "maximal",
     "minimal", "bloß", "nur", "gerade", "schätzungsweise"}
)  # fmt: skip
#: Comparatives that with "als" before a number say how near it is ("mehr als 6400").
_THAN_NUMBER = frozenset({"mehr", "weniger"})
#: Articles before a part of a whole after "mehr als" ("ein Drittel", "die Hälfte").
_BEFORE_A_PART = frozenset({"ein", "eine", "einem", "einen", "einer", "die", "der", "das", "dem"})
#: Nouns naming a part of a whole or a round number ("mehr als ein Drittel").
_PARTS_OF_A_WHOLE = frozenset(
    {"Hälfte", "Drittel", "Viertel", "Fünftel", "Sechstel", "Achtel", "Zehntel", "Dutzend",
     "Hundert", "Tausend", "Million", "Milliarde", "Prozent"}
)  # fmt: skip


def _fronted_participle(tokens: TokenTable, index: int) -> bool:
    """The first word of a sentence, capitalised only because it comes first, that reads
    as a past participle and as no noun of the table, right before a finite form of
    "werden", "sein" or "haben" ("Ergänzt wird die Schau durch …", "Verletzt wurde
    niemand"): the participle the auxiliary takes, put first, not a noun."""
    text, following = tokens.texts[index], _next_in_sentence(tokens, index)
    if mid_sentence(tokens, index) or not text[1:].islower() or following is None:
        return False
    if tokens.texts[following] not in _FINITE_AUXILIARIES:
        return False
    if read_noun(text).kind == NOUN or is_given_name(text):
        return False
    return PARTICIPLE in verb_lemma(tokens, index)[1]


#: Finite forms of "werden", "sein" and "haben" that follow a fronted participle.
_FINITE_AUXILIARIES = frozenset(
    {"wird", "werden", "wurde", "wurden", "würde", "würden", "werde", "ist", "sind", "war",
     "waren", "sei", "seien", "wäre", "wären", "hat", "haben", "hatte", "hatten", "habe",
     "hätte", "hätten"}
)  # fmt: skip


def _approximates_number(tokens: TokenTable, index: int) -> bool:
    """ "rund 200", "Knapp 20 Kinder", "mehr als 6400": an adverb of the number after it
    (a numeral, not a year after "bis" or an ordinal with a full stop)."""
    texts, ids = tokens.texts, tokens.sentence_ids
    low = texts[index].lower()
    if low in _APPROXIMATORS:
        following = index + 1
    elif low in _THAN_NUMBER and index + 1 < len(texts) and texts[index + 1] == "als":
        following = index + 2
    else:
        return False
    if following >= len(texts) or ids[following] != ids[index]:
        return False
    number = texts[following]
    if low in _THAN_NUMBER and number.lower() in _BEFORE_A_PART and following + 1 < len(texts):
        # "um mehr als ein Drittel", "mehr als die Hälfte": a part of the whole
        return ids[following + 1] == ids[index] and texts[following + 1] in _PARTS_OF_A_WHOLE
    return (number[:1].isdigit() and not number.endswith(".")) or (
        is_numeral(number) and not number[:1].isupper()
    )


#: How common (wordfreq Zipf, small list) a word spelt small must be to be read as
#: the adverb it is where it opens a sentence capitalised ("Besonders", "Nachts").
_COMMON_ADVERB = 4.0


def _adverb_opening_sentence(tokens: TokenTable, index: int) -> bool:
    """The first word of a sentence, capitalised only because it comes first, that the
    tagger took for a name: a common word spelt small ("besonders", "sofort") that no
    noun table knows, that the adjective table lists and that is no adjective inflected
    in use (a surname "Klein", "Lang" stays a name; "Osnabrück" is in no adjective
    table): an adverb, with no number or case."""
    text = tokens.texts[index]
    if mid_sentence(tokens, index) or not text[:1].isupper() or not text[1:].islower():
        return False
    low = text.lower()
    if _adverb_suffix(low) and _before_finite_verb(tokens, index):
        # "Zeitweise kamen die Notrufe …", "Unterdessen reißen …": an adverb by its
        # ending before the verb in second place; the noun table knows it only as a
        # compound it guessed ("Zeit" + "Weise"), not as a noun of its own ("Denkweise")
        noun = read_noun(text)
        if noun.kind != NOUN or (noun.head and noun.head.lower() != low):
            return True
    if zipf_table("de", "small").get(low, 0.0) < _COMMON_ADVERB:
        return False
    if read_noun(text).kind not in (NAME, UNKNOWN) or is_given_name(text):
        return False
    found = read_adjective(low)  # Ding files such adverbs among its adjectives
    return bool(found) and not any(inflects_in_use(r.lemma) for r in found)


#: Adjectives whose comparative is a quantifier, a determiner of its own ("mehrere",
#: "weitere", "mehr", "weniger"): left as the tagger read them.
_QUANTIFYING = frozenset({"viel", "wenig", "mehr", "weit"})


def _comparative_as_determiner(text: str) -> bool:
    """An inflected comparative the tagger took for a determiner ("höhere", "ältere",
    "größeren"): an adjective, compared and inflected; determiners are never compared.
    Not the quantifiers ("mehrere", "weitere", "wenigere")."""
    if not text.islower():
        return False
    return any(
        r.degree == "Cmp" and r.ending and r.lemma not in _QUANTIFYING for r in read_adjective(text)
    )


#: Verbs whose fronted predicate a clause or a colon then states: "Klar ist: …", "Fest
#: steht, dass …", "Sicher scheint, dass …", "Offen bleibt, ob …".
_PREDICATE_VERBS = frozenset({"sein", "stehen", "bleiben", "scheinen"})
#: Words that open the subject clause after them ("…, dass", "…, ob", "…, wer").
_CLAUSE_OPENERS = frozenset(
    {"dass", "daß", "ob", "wer", "was", "wie", "wann", "warum", "wo", "wieso", "weshalb"}
)
#: The openers of a subject clause that a noun cannot have as its predicate.
_THAT_WHETHER = frozenset({"dass", "daß", "ob"})


def _predicate_first(tokens: TokenTable, index: int) -> bool:
    """A capitalised first word, whose small form is an adjective as it stands, before a
    finite "sein", "stehen", "bleiben" or "scheinen" and then a colon or a clause with
    "dass", "ob", "wer" … ("Klar ist: …", "Fest steht, dass …", "Sicher ist aber, dass
    …", "Offen bleibt, ob …"): the clause or what follows the colon is the subject, the
    first word the predicative adjective (not das Klar, das Fest). A noun there needs
    no adjective of its spelling ("Fakt ist, dass …" keeps its noun)."""
    text = tokens.texts[index]
    if mid_sentence(tokens, index) or not text[:1].isupper() or not text[1:].islower():
        return False
    low = text.lower()
    if not any(r.lemma == low and not r.ending and r.degree == "Pos" for r in read_adjective(low)):
        return False
    verb = _next_in_sentence(tokens, index)
    if verb is None or tokens.lemmas[verb] not in _PREDICATE_VERBS:
        return False
    if not _before_finite_verb(tokens, index):
        return False
    j = verb + 1
    ids, texts = tokens.sentence_ids, tokens.texts
    for k in range(j, min(j + 3, len(texts))):  # "Klar ist aber: …", "Fest steht nun, dass"
        if ids[k] != ids[index]:
            return False
        if texts[k] == ":":
            return True
        if texts[k] == ",":
            opener = texts[k + 1].lower() if k + 1 < len(texts) else ""
            if opener in _THAT_WHETHER:
                return True
            # a free relative ("…, was dem Volk nützt") may be the predicate of a noun
            # fronted as the subject ("Recht ist, was dem Volk nützt": das Recht): only a
            # word that is no noun of its own
            return opener in _CLAUSE_OPENERS and read_noun(text).kind != NOUN
        if not texts[k].isalpha() or texts[k][:1].isupper():
            return False
    return False


def _next_in_sentence(tokens: TokenTable, index: int) -> int | None:
    """The index of the next token when it is in the same sentence, else None."""
    following = index + 1
    if (
        following >= len(tokens.texts)
        or tokens.sentence_ids[following] != tokens.sentence_ids[index]
    ):
        return None
    return following


def _before_finite_verb(tokens: TokenTable, index: int) -> bool:
    """Is the next word of the sentence a finite verb (a statement's second place)?"""
    following = _next_in_sentence(tokens, index)
    if following is None or tags_of(tokens)[following] not in ("VERB", "AUX"):
        return False
    return any(r[0] == "Fin" for r in verb_lemma(tokens, following)[1])


def _ends_clause(tokens: TokenTable, index: int) -> bool:
    """Whether punctuation follows token ``index`` in its sentence, or the sentence ends."""
    following = index + 1
    if (
        following >= len(tokens.texts)
        or tokens.sentence_ids[following] != tokens.sentence_ids[index]
    ):
        return True
    return tokens.texts[following] in (".", ",", ";", ":", "!", "?", "“", '"', "–", ")")


def _bare_superlative(tokens: TokenTable, index: int, adjective: FormAnalysis) -> bool:
    """An uninflected superlative used as an adverb without "am" ("längst", "meist",
    "jüngst") is an adverb of its own: the adverb's superlative is "am längsten"."""
    previous = tokens.texts[index - 1].lower() if index > 0 else ""
    return adjective.shown.get("Degree") == ("Sup",) and previous != "am"


def _modal_particle(tokens: TokenTable, index: int) -> bool:
    """A modal particle (``MODAL_PARTICLES``: "wohl", "eben", "einfach", "ruhig", "bloß")
    the tagger took for an adverb, inside its clause: after the clause's first word and
    before more of it ("Das Problem ist wohl größer", "Er wird wohl nicht kommen", "Das
    ist einfach falsch"). A particle is never compared and is no adjective used as an
    adverb ("wohl" is not the adjective well there): no degree. The same word last in its
    clause is the stressed adjective ("Ich fühle mich wohl.", "Das Meer blieb ruhig."),
    and right before the verb an adjective of manner ("Sie hat ruhig geschlafen")."""
    if tokens.texts[index] not in MODAL_PARTICLES or index < 1 or index + 1 >= len(tokens):
        return False
    ids = tokens.sentence_ids
    if ids[index - 1] != ids[index] or ids[index + 1] != ids[index]:
        return False
    if tags_of(tokens)[index + 1] in ("VERB", "AUX"):
        return False  # an adverb of manner right before the verb: "hat ruhig geschlafen"
    sentence = (tokens.lemmas[k] for k in range(len(tokens)) if ids[k] == ids[index])
    if feels_well(tokens.texts[index], sentence):
        return False  # "Sie fühlt sich wohl bei uns": the adjective well
    return tokens.texts[index - 1][:1].isalnum() and tokens.texts[index + 1][:1].isalnum()


def _adverb_in_middle_field(tokens: TokenTable, index: int) -> bool:
    """A word the tagger took for an adverb, inside its clause after the finite verb and
    before more of the clause: another adverb, a preposition, an article or pronoun ("wir
    arbeiten gerade wieder mit Papier", "um Beeren gleich im Weinberg auszusortieren",
    "müsse endlich ihre Aufgaben machen"), or right after a finite verb that is no
    copula at the sentence's end ("Er kam gleich."). There it is an adverb of time or of the
    speaker's view, which German does not compare ("gerade" now, "gleich" at once,
    "endlich" at last), not an adjective used as one: no degree. An adjective used as an
    adverb of manner mostly stands last before the verbs at the clause's end ("hat
    schnell reagiert", "stieg deutlich.") and keeps it."""
    if index < 1 or index + 1 >= len(tokens):
        return False
    ids = tokens.sentence_ids
    if ids[index - 1] != ids[index] or ids[index + 1] != ids[index]:
        return False
    tags = tags_of(tokens)
    if tags[index - 1] not in ("VERB", "AUX", "PRON", "ADV", "NOUN", "PROPN"):
        return False
    after = tags[index + 1] in ("ADV", "ADP", "DET", "PRON")
    if not after and tokens.texts[index + 1] in (".", "!", "?", ";"):
        # "Er kam gleich.": right after a verb that is no copula ("Die Lage bleibt ernst.")
        after = tags[index - 1] in ("VERB", "AUX") and tokens.lemmas[index - 1] not in _COPULAS
    return after and not _compared_in_use(tokens.texts[index].lower())


#: (Copulas: :data:`_COPULAS`, below, one set for both readers; a first set here that also
#: held "aussehen" was never read, the second assignment replaced it on import.)

#: How common (wordfreq Zipf, large list) a superlative form must be to count as in use:
#: the floor of the list the adjective rules read anyway (the whole list would take
#: seconds to read and tens of megabytes to hold).
_SUPERLATIVE_IN_USE = 2.5
_UMLAUT = str.maketrans("aou", "äöü")


def _compared_in_use(word: str) -> bool:
    """Whether the superlative of ``word`` is in use ("leichtesten", "kürzeste",
    "deutlichsten"): an adjective of manner, which German compares; adverbs of time or of
    the speaker's view have none ("gerade", "gleich", "endlich", "eben", "erneut")."""
    words = zipf_table("de", "large", _SUPERLATIVE_IN_USE)  # shared with adjectives.py
    stems = {word}
    for k in range(len(word) - 1, -1, -1):
        if word[k] in "aou":
            stems.add(word[:k] + word[k].translate(_UMLAUT) + word[k + 1 :])
            break
    return any(
        words.get(stem + ending, 0.0) >= _SUPERLATIVE_IN_USE
        for stem in stems
        for ending in ("sten", "esten", "ste", "este")
    )


#: Particles of degree that are also adjectives ("gar nicht", "gar zu": not "gar",
#: cooked): tagged as adverbs they have no degree.
_DEGREE_PARTICLES = frozenset({"gar"})


#: Finite forms of "haben" and "werden", which take a past participle (perfect, passive).
_PERFECT_AUXILIARIES = frozenset(
    {"habe", "hast", "hat", "haben", "habt", "hatte", "hattest", "hatten", "hattet", "hätte",
     "hätten", "werde", "wirst", "wird", "werden", "werdet", "wurde", "wurden", "würde",
     "würden", "worden"}
)  # fmt: skip


#: Participles of the auxiliaries, which follow a full verb's participle ("gegeben worden").
_AUXILIARY_PARTICIPLES = frozenset({"worden", "geworden", "gewesen", "gehabt"})


def _before_participle(tokens: TokenTable, index: int) -> bool:
    """A word that reads as a past participle right before a full verb's participle
    is that verb's first part ("bekannt gegeben", "frei gelassen"), not a participle."""
    following = index + 1
    if following >= len(tokens.texts) or tokens.texts[following] in _AUXILIARY_PARTICIPLES:
        return False
    if tokens.sentence_ids[following] != tokens.sentence_ids[index]:
        return False
    return (
        PARTICIPLE in verb_lemma(tokens, index)[1]
        and PARTICIPLE in verb_lemma(tokens, following)[1]
    )


def _perfect_participle(tokens: TokenTable, index: int) -> FormAnalysis | None:
    """An uninflected past participle tagged as an adjective or adverb in a clause
    with "haben" or "werden" is the verb's participle ("hat uns den Sonntag
    verdorben", "hatte sich zugespitzt"), not an adjective; after "sein" it may be
    either ("ist verdorben") and stays as it is."""
    lemma, found = verb_lemma(tokens, index)
    if PARTICIPLE not in found or head_noun(tokens, index, tags_of(tokens)) == index + 1:
        return None
    texts, tags = tokens.texts, tags_of(tokens)
    if _before_participle(tokens, index):
        return None  # "bekannt gegeben": the participle follows, this is its first part
    start, end = clause_span(texts, tags, tokens.sentence_ids, index)
    if not any(
        texts[j].lower() in _PERFECT_AUXILIARIES and tags[j] in ("AUX", "VERB")
        for j in range(start, end + 1)
    ):
        return None
    if _participle_at_the_end_after(tokens, index, end):
        # "Sie haben ganz gezielt die Not … ausgenutzt": the auxiliary's participle closes
        # the clause; one in the middle with words between is used as an adverb
        return None
    if _second_verb_mid_clause(tokens, index) and any(r[0] == "Fin" for r in found):
        # "hat im August angefangen und bereut es nicht": a participle after "und"
        # would close the clause as the first one does; words follow, so it is finite
        verb = _verb(tokens, index)
        if verb is not None and verb.shown.get("VerbForm") == ("Fin",):
            return verb
        return None
    return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")


#: Verbs that take a past participle as a verb form: the auxiliaries, "bleiben", "kommen"
#: ("kam gelaufen") and the "bekommen" passive ("bekam es geschenkt").
_TAKE_A_PARTICIPLE = frozenset(
    {"sein", "haben", "werden", "bleiben", "kommen", "bekommen", "kriegen", "erhalten",
     "gehören", "lassen"}
)  # fmt: skip


def _participle_without_auxiliary(tokens: TokenTable, index: int) -> bool:
    """A form that is only a past participle and an adjective of the tables, closing a
    clause whose finite verb is a full verb that takes no participle and with no
    auxiliary ("An der Theke nimmt es Frau Vogel gelassen", "Eltern reagierten
    empört"): no verb form of its own, so the adjective it is used as."""
    text = tokens.texts[index]
    if adjective_comparison(text) is None or head_noun(tokens, index, tags_of(tokens)) is not None:
        return False
    k = index - 1
    while k > 0 and tags_of(tokens)[k] == "ADV" and index - k < 3:
        k -= 1
    if k >= 0 and tokens.texts[k].lower() in ("als", "wie"):
        # "stärker als erwartet", "als bisher angenommen", "wie geplant": the verb of an
        # elliptic clause
        return False
    following = index + 1
    if following < len(tokens.texts) and tags_of(tokens)[following] != "PUNCT":
        return False  # at the clause's end only ("setze verstärkt auf …" is left as it is)
    found = _resolved_verb(tokens, index)[1]
    if found != {PARTICIPLE}:
        return False
    texts, tags = tokens.texts, tags_of(tokens)
    start, end = clause_span(texts, tags, tokens.sentence_ids, index)
    finite = 0
    for j in range(start, end + 1):
        if texts[j].lower() in ("sich", "von", "vom"):
            # "fühlten sich … im Stich gelassen", "zeigten sich beeindruckt", "von der
            # Politik …": a participle of state or of the passive; left as it is
            return False
        if j == index or tags[j] not in ("VERB", "AUX"):
            continue
        other_lemma, other, _ = _resolved_verb(tokens, j)
        if other_lemma.lower() in _TAKE_A_PARTICIPLE or texts[j].lower() in _PERFECT_AUXILIARIES:
            return False
        if other and all(r[0] == "Fin" for r in other):
            finite += 1
    return finite == 1


def _participle_at_the_end_after(tokens: TokenTable, index: int, end: int) -> bool:
    """A word of the adjective tables in the middle of its clause, followed by a word
    of a phrase (not "und", "oder", a comma or a verb), with a form that is only a past
    participle closing the clause ("ganz gezielt die Not … ausgenutzt")."""
    texts, tags = tokens.texts, tags_of(tokens)
    following = index + 1
    if following >= end or adjective_comparison(texts[index]) is None:
        return False
    if tags[following] not in ("DET", "NOUN", "PROPN", "PRON", "ADP", "ADJ", "NUM"):
        return False
    last = end
    while last > following and tags[last] == "PUNCT":
        last -= 1
    if tags[last] not in ("VERB", "AUX") or last - 1 == index:
        return False
    return verb_lemma(tokens, last)[1] == {PARTICIPLE}


def _second_verb_mid_clause(tokens: TokenTable, index: int) -> bool:
    """The word follows "und"/"oder" right after a verb, and a word that is no
    punctuation and no verb follows it in its sentence ("angefangen und bereut es
    nicht"; not "genommen und versteckt haben")."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    if index < 2 or texts[index - 1].lower() not in ("und", "oder"):
        return False
    if tags[index - 2] not in ("VERB", "AUX") or ids[index - 2] != ids[index]:
        return False
    following = index + 1
    # a verb after it closes the clause with it ("genommen und versteckt haben"): the
    # participle's auxiliary, not words of a new clause
    return (
        following < len(texts)
        and ids[following] == ids[index]
        and tags[following] not in ("PUNCT", "VERB", "AUX")
    )


def _participial_clause(tokens: TokenTable, index: int) -> FormAnalysis | None:
    """A form that is a past participle or a finite verb ("verabredet") in a clause that
    has no other verb and no word that could be its subject (no noun or pronoun outside a
    prepositional phrase, none that agrees with a singular finite verb): a participial
    clause or a verbless ellipsis, whose verb is the participle. It closes a clause set
    off by commas ("…, wie verabredet, …", "…, oft über soziale Netzwerke verabredet,
    hieß es"), opens the sentence with "wie" ("Wie erwartet, stieg …"), or closes a
    headline's clause after a plural noun ("Unwetter: Straßen überflutet, Bahn
    gesperrt"); or it opens a clause set off by commas right after a noun whose clause
    has no verb yet ("Rund 900 Helfer, unterstützt vom Roten Kreuz, waren …"), or
    stands between two amounts ("kostet 12 Euro, ermäßigt 8 Euro"). A finite verb needs
    a subject ("…, die sich dort verabredet, …"); the 3rd person singular or 2nd plural
    a participle shares its form with has no plural subject ("Straßen", "8 Euro")."""
    lemma, found = verb_lemma(tokens, index)
    if PARTICIPLE not in found or not any(r[0] == "Fin" for r in found):
        return None
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    start, end = clause_span(texts, tags, ids, index)
    sentence_start = start < 1 or ids[start - 1] != ids[index]
    after_comma = not sentence_start and texts[start - 1] == ","
    closes = (
        index + 1 >= len(texts)
        or ids[index + 1] != ids[index]
        or (texts[index + 1] in (",", ".", "–", ";"))
    )
    if (
        index == end
        and closes
        and (after_comma or (sentence_start and texts[start].lower() == "wie"))
    ):
        if _no_subject(tokens, start, end, index, agree=True):
            return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")
        return None
    if index == end and closes and (sentence_start or texts[start - 1] == ":"):
        # a headline's clause ("Straßen überflutet"): a noun before it that can only be
        # plural, so no subject of the singular form
        if (
            index > start
            and tags[index - 1] in ("NOUN", "PROPN")
            and not _singular_subject(tokens, index - 1)
            and _no_subject(tokens, start, end, index, agree=True)
        ):
            return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")
        return None
    if index != start or not after_comma or start < 2:
        return None
    if end + 1 >= len(texts) or ids[end + 1] != ids[index] or texts[end + 1] not in (",", ".", ";"):
        return None
    before = start - 2  # the word before the comma
    if tags[before] in ("NOUN", "PROPN") and _no_subject(tokens, start, end, index, agree=False):
        verb = _segment_verb(tokens, before)
        if verb is None and texts[end + 1] == ",":
            # "Rund 900 Helfer, unterstützt vom Roten Kreuz, waren …": the clause the
            # participle interrupts has its verb after it
            return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")
        if verb is not None:
            tenses = {r[2] for r in _resolved_verb(tokens, verb)[1] if r[0] == "Fin"}
            if tenses == {"Past"} and tags[index + 1] == "ADP":
                # "Die Polizei kam am Morgen, unterstützt von Spezialkräften": a present
                # form after a past one, with its agent or means right after it, is the
                # participle; a finite verb may change the tense ("verkaufte 2020 seine
                # Sparte, investiert heute aber wieder …"), so not before an adverb
                return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")
            # "Der Verein sammelt Spenden, investiert in Schulen": a second finite verb
            # or a participle; show neither
            return FormAnalysis(lemma=lemma, pos="VERB")
        return None
    if (
        _amount(tokens, before)
        and index + 2 == end
        and _amount(tokens, end)
        and not _singular_subject(tokens, end)
    ):
        # "Der Eintritt kostet 12 Euro, ermäßigt 8 Euro": two amounts side by side, the
        # second with a participle and no verb of its own
        return verb_analysis(lemma, "VERB", frozenset({PARTICIPLE}), "")
    return None


def _no_subject(tokens: TokenTable, start: int, end: int, index: int, agree: bool) -> bool:
    """No word of the clause ``start``..``end`` but the verb at ``index`` can be a
    subject: no other verb or subordinating conjunction, no noun, name or pronoun outside
    a prepositional phrase (``agree``: except a noun that can only be plural, which a
    singular verb does not agree with)."""
    texts, tags = tokens.texts, tags_of(tokens)
    for j in range(start, end + 1):
        if j == index:
            continue
        if tags[j] in ("VERB", "AUX"):
            return False
        if tags[j] == "SCONJ" and texts[j].lower() not in ("wie", "als"):
            return False  # "…, bevor etwas passiert": a subordinate clause has its verb
        if tags[j] == "DET" and (j + 1 > end or tags[j + 1] not in ("ADJ", "NOUN", "PROPN", "NUM")):
            return False  # "etwas", "nichts" standing alone: a pronoun, a subject
        if (
            tags[j] == "PRON"
            and texts[j].lower() in RELATIVE_PRONOUNS
            and (j == start or (j == start + 1 and tags[start] == "ADP"))
        ):
            return False  # "…, in denen Schwangere … unterkommen": a relative clause
        if tags[j] in ("NOUN", "PROPN", "PRON"):
            k = j - 1
            while k >= start and (
                tags[k] in ("ADJ", "DET", "NUM", "ADV", "PROPN")
                or (tags[k] == "NOUN" and any(r.ending for r in read_adjective(texts[k])))
            ):
                k -= 1  # "vom Roten Kreuz": a name's words too
            if k >= start and tags[k] == "ADP":
                continue
            if agree and tags[j] != "PRON" and not _singular_subject(tokens, j):
                continue
            return False  # a possible subject
    return True


def _singular_subject(tokens: TokenTable, j: int) -> bool:
    """Can the noun at ``j`` be the subject of a verb in the singular: no numeral above
    one before it ("8 Euro"), and a form that can be nominative singular (not
    "Straßen")?"""
    texts, tags = tokens.texts, tags_of(tokens)
    k = j - 1
    while k >= 0 and tags[k] == "ADJ" and tokens.sentence_ids[k] == tokens.sentence_ids[j]:
        k -= 1
    if k >= 0 and tokens.sentence_ids[k] == tokens.sentence_ids[j] and tags[k] == "NUM":
        number = texts[k].lower()
        if number not in ("1", "ein", "eine", "einer", "eins") and not number.endswith("."):
            return False
    if tags[j] != "NOUN":
        return True
    return any(b[0] == "Nom" and b[1] == "Sing" for b in read_noun(texts[j]).bundles)


def _amount(tokens: TokenTable, j: int) -> bool:
    """A noun right after a numeral ("12 Euro", "drei Prozent")."""
    return (
        j > 0
        and tags_of(tokens)[j] == "NOUN"
        and tags_of(tokens)[j - 1] == "NUM"
        and tokens.sentence_ids[j - 1] == tokens.sentence_ids[j]
    )


def _segment_verb(tokens: TokenTable, j: int) -> int | None:
    """The last verb of the words from the last punctuation or the sentence's start up
    to ``j`` (None when they hold none)."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    k = j
    while k >= 0 and ids[k] == ids[j] and texts[k] not in (",", ";", ":", "–", "(", ")"):
        if tags[k] in ("VERB", "AUX"):
            return k
        k -= 1
    return None


#: Degree adverbs: what they grade is an adjective ("sehr gepflegt", "total gehetzt").
_GRADING = frozenset(
    {"sehr", "total", "echt", "hellauf", "äußerst", "ziemlich", "recht", "besonders", "super",
     "absolut", "extrem", "wirklich", "etwas", "leicht", "sichtlich", "zutiefst", "tief",
     "höchst", "richtig", "ausgesprochen", "eher", "zu"}
)  # fmt: skip
_STATE_VERBS = frozenset({"sein", "wirken", "scheinen", "bleiben", "aussehen"})


def _stative_participle(tokens: TokenTable, index: int) -> FormAnalysis | None:
    """A past participle after "sein", "wirken", "bleiben" that is graded ("sehr
    gepflegt") or joined to an adjective ("freundlich und bemüht") describes a state:
    an adjective (Degree=Pos), not the verb's participle; with "haben" or "werden"
    in the clause it is the verb's ("wurde sehr gelobt")."""
    texts, tags = tokens.texts, tags_of(tokens)
    if PARTICIPLE not in verb_lemma(tokens, index)[1]:
        return None
    previous = texts[index - 1].lower() if index > 0 else ""
    graded = previous in _GRADING
    joined = (
        previous in ("und", "oder", "sowie")
        and index > 1
        and tags[index - 2] == "ADJ"
        and not texts[index - 2].endswith(ATTRIBUTIVE_ENDINGS)
    ) or (
        index + 2 < len(texts)
        and texts[index + 1].lower() in ("und", "oder")
        and tags[index + 2] == "ADJ"
    )
    start, end = clause_span(texts, tags, tokens.sentence_ids, index)
    wanted = _STATE_PARTICIPLES.get(texts[index].lower())
    lexical = wanted is not None and any(
        texts[j].lower() in wanted for j in range(start, end + 1) if j != index
    )
    if not (graded or joined or lexical):
        return None
    lemmas = [tokens.lemmas[j].lower() for j in range(start, end + 1) if tags[j] in ("AUX", "VERB")]
    words = {texts[j].lower() for j in range(start, end + 1)}
    if not any(lemma in _STATE_VERBS for lemma in lemmas) or words & _PERFECT_AUXILIARIES:
        return None
    adjective = _adjective(tokens, index, trust_lemma=False)
    if adjective is None or adjective.shown.get("Degree") != ("Pos",):
        return None
    return FormAnalysis(
        lemma=adjective.lemma, pos="ADJ", shown={"Degree": ("Pos",)},
        explanation="participle used as an adjective", kind=KIND_ADJECTIVE,
    )  # fmt: skip


#: Participles that with "sein" and their preposition are adjectives of their own
#: (Duden lists them as adjectives): "auf Hilfe angewiesen sein" (dependent, not
#: "anweisen", instruct), "an etw. beteiligt sein". Not "überzeugt": Ding's adjective
#: line for it gives the "staunch" sense first (card-carrying, die-hard), the verb's
#: participle gives "convinced", which "von etw. überzeugt sein" means.
_STATE_PARTICIPLES: dict[str, frozenset[str]] = {
    "angewiesen": frozenset({"auf", "darauf"}),
    "beteiligt": frozenset({"an", "am", "daran"}),
    "interessiert": frozenset({"an", "am", "daran"}),
    "gewöhnt": frozenset({"an", "daran"}),
    "begeistert": frozenset({"von", "vom", "davon"}),
    "verheiratet": frozenset({"mit"}),
    "befreundet": frozenset({"mit"}),
}


def _before_common_noun(tokens: TokenTable, index: int) -> bool:
    head = head_noun(tokens, index, tags_of(tokens))
    return head is not None and tags_of(tokens)[head] == "NOUN"


# ----------------------------------------------------------------------------- nouns


def _local_noun(
    tokens: TokenTable, index: int, info: DictionaryEntry | None
) -> tuple[NounReading, Phrase, Agreement, bool]:
    """The noun's reading, its phrase and what the phrase allows (no clause yet)."""
    texts, tags, lemmas = tokens.texts, tags_of(tokens), tokens.lemmas
    text = texts[index]
    ding_gender = (info.gender or "") if info is not None else ""
    in_dictionary = bool(
        info is not None
        and info.glosses
        # a hyphenated common noun the dictionary reads at its hyphen ("Bank-Cafés":
        # bank + café) is a word it knows, not a name
        and (info.match != "compound" or ("-" in text.strip("-") and tags[index] == "NOUN"))
    )
    reading = read_noun(
        text,
        lemmas[index],
        ding_gender if ding_gender in GENDER_OF else "",
        in_dictionary,
        # the noun the dictionary found, when it lists a plural (a countable noun)
        getattr(info, "lemma", "") if in_dictionary and getattr(info, "plural", None) else "",
    )
    if reading.kind in (NAME, UNKNOWN) and not text[:1].isupper():
        # "alles erforderliche", "der 32jährige": an adjective spelt small used as a noun
        reading = nominalised_adjective(text[:1].upper() + text[1:]) or reading
    if reading.kind != ADJECTIVAL and after_neuter_quantifier(tokens, index):
        nominal = nominalised_adjective(text[:1].upper() + text[1:])  # "etwas Besseres"
        reading = nominal or reading
    if reading.kind != PLACE and (
        in_english_name(tokens, index) or _article_of_the_next_word(tokens, index, reading)
    ):
        # "das House of Commons", "an der Wall Street": a word of a name, with no gender
        # of a German noun of its form (die House, der Wall)
        reading = NounReading(text, "", ALL_BUNDLES, None, NAME)
    name_like = reading.kind in (NAME, PLACE) or (
        tags[index] == "PROPN" and reading.kind == UNKNOWN
    )
    phrase = find_phrase(texts, tags, lemmas, tokens.sentence_ids, index, name=name_like)
    if (
        (reading.kind == NAME or (reading.kind == UNKNOWN and not reading.genders))
        and tags[index] == "NOUN"
        and (_has_own_words(texts, tags, phrase) or _after_common_noun_and(tokens, index))
    ):
        by_form = by_suffix(text)  # "laut der Auspreisung": a noun whose suffix says die
        if by_form is not None:
            reading, name_like = by_form, False
            phrase = find_phrase(texts, tags, lemmas, tokens.sentence_ids, index)
    is_name = _reads_as_name(tokens, index, reading, phrase, in_dictionary)
    if is_name and not name_like:  # read the name with its title: "Kreml-Despot Wladimir Putin"
        phrase = find_phrase(texts, tags, lemmas, tokens.sentence_ids, index, name=True)
    if reading.others and not is_name:
        # another lemma may fit the phrase better ("in meinen Rechtsfällen": Fall, not das Fällen)
        candidates = (reading, *reading.others)
        adjectival = {c.lemma for c in candidates if c.kind == ADJECTIVAL}
        scored = []
        fitting: dict[int, frozenset[Bundle]] = {}
        for k, candidate in enumerate(candidates):
            trial = agree(texts, lemmas, phrase, candidate.bundles)
            # a neuter noun spelt as an adjective used as one ("das Deutsche", the
            # language) has its weak "-e" only after an article (bare it would be
            # "Deutsches"): without one, the adjectival noun goes first ("beobachtete
            # Deutsche": people); not a noun of its own ("auf andere Weise": die Weise)
            bare = phrase.determiner is None and (
                candidate.kind == NOUN
                and "n" in candidate.genders
                and candidate.lemma in adjectival
            )
            scored.append((trial.conflicts, bare, k, candidate))
            fitting[k] = trial.bundles
        best = min(scored, key=lambda item: item[:3])
        reading = best[3]
        tied = [c for n, b, _, c in scored if (n, b) == best[:2] and c.lemma == reading.lemma]
        fits = [
            (c, fitting[k])
            for n, b, k, c in scored
            if (n, b) == best[:2] and c.lemma == reading.lemma
        ]
        if {c.kind for c in tied} == {NOUN, ADJECTIVAL}:
            noun = next(c for c in tied if c.kind == NOUN)
            if phrase.determiner is None and _noun_in_singular_beside_plural(fits, noun):
                # "auf andere Weise": die Weise, unless the clause asks for the plural;
                # after an article both stay open ("der Grünen": of the party, or of
                # die Grüne: the article's "-en" is genitive plural as well)
                _memo_for(tokens).singular_nouns[index] = noun
            # the noun and the adjectival noun of one lemma both fit ("Die Weisen": die
            # Weise or the wise men): the genders of both stay open
            reading = replace(
                reading,
                genders="".join(g for g in "mfn" if any(g in c.genders for c in tied)),
                bundles=frozenset().union(*(c.bundles for c in tied)),
                kind=NOUN,
                others=(),
            )
    bundles = _noun_bundles(tokens, index, reading, phrase, is_name)
    agreement = choose_case(
        tokens, tags, phrase, agree(texts, lemmas, phrase, bundles), reading, is_name
    )
    if not is_name and reading.kind == NOUN and _bare(tokens, phrase):
        # a common noun with no article, adjective or preposition is no genitive: German
        # marks a genitive on an article or adjective ("Liebhaber alter Autos"), bare
        # only on names ("Merkels")
        found = frozenset(b for b in agreement.bundles if b[0] != "Gen")
        if found and found != agreement.bundles:
            agreement = Agreement(
                found, agreement.case_by, agreement.case_word, agreement.conflicts
            )
    return reading, phrase, agreement, is_name


def _noun_in_singular_beside_plural(
    tied: Sequence[tuple[NounReading, frozenset[Bundle]]], noun: NounReading
) -> bool:
    """Whether, of a noun and an adjectival noun of one lemma that both fit the phrase
    (with the cells each fits), the noun fits in the singular and the adjectival noun
    adds only plural cells: the noun's gender stands ("auf andere Weise": die Weise;
    the plural "andere Weise", other wise people, shows no gender of its own)."""
    own = next(b for c, b in tied if c is noun)
    if not any(b[1] == "Sing" for b in own):
        return False  # "Die Weisen": die Weisen or the wise men, both stay
    extra = frozenset().union(*(b for c, b in tied if c.kind == ADJECTIVAL)) - own
    return bool(extra) and all(b[1] == "Plur" for b in extra)


def _article_of_the_next_word(tokens: TokenTable, index: int, reading: NounReading) -> bool:
    """ "an der Wall Street", "die Golden Gate Bridge": a common noun right before
    another capitalised noun, whose own article fits none of its readings: the article
    is the last word's, this one an uninflected part of a name (not when an adjective
    stands between: "die neuen Wall-Anlagen" is read as usual)."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    following = index + 1
    if (
        reading.kind != NOUN
        or following >= len(texts)
        or ids[following] != ids[index]
        or tags[following] not in ("NOUN", "PROPN", "X")
        or not texts[following][:1].isupper()
    ):
        return False
    phrase = find_phrase(texts, tags, tokens.lemmas, ids, index)
    if phrase.determiner is None or phrase.adjectives or phrase.chain:
        return False
    return all(
        agree(texts, tokens.lemmas, phrase, candidate.bundles).conflicts
        for candidate in (reading, *reading.others)
    )


#: Words between the nouns of a list, which share their article or preposition ("der
#: Schulen und Krankenhäuser").
_SHARING = frozenset({"und", "oder", "sowie", ",", "bzw.", "/", "&", "noch", "als", "wie"})


def _bare(tokens: TokenTable, phrase: Phrase) -> bool:
    """The phrase is its noun alone (or after a number), in a clause: no article,
    adjective, preposition or genitive name of its own, none it may share with the
    nouns of a list, and after a verb, adverb or the start of the sentence."""
    if phrase.determiner is not None or phrase.adjectives or phrase.preposition is not None:
        return False
    if phrase.genitive_name or phrase.chain or phrase.apposition:
        return False
    sentence, after = tokens.sentence_ids[phrase.head], phrase.head + 1
    if (
        after < len(tokens)
        and tokens.sentence_ids[after] == sentence
        and tokens.texts[after].lower() in _SHARING
    ):
        return False  # one of a list: its case is the list's
    before = phrase.start - 1
    if before < 0 or tokens.sentence_ids[before] != sentence:
        return True
    # after a verb, an adverb or a conjunction of clauses, not after a word that may be
    # a modifier the phrase finder left out ("der anderen beiden Zahnärzte")
    return tags_of(tokens)[before] in ("VERB", "AUX", "ADV", "PART", "SCONJ")


def _after_common_noun_and(tokens: TokenTable, index: int) -> bool:
    """ "die Präzisierung und Straffung": joined by "und"/"oder" to a common noun with
    its own article, so it shares that article and is a common noun too."""
    texts, tags = tokens.texts, tags_of(tokens)
    if index < 3 or texts[index - 1].lower() not in ("und", "oder", "sowie"):
        return False
    if tags[index - 2] != "NOUN" or tags[index - 3] != "DET":
        return False
    return tokens.sentence_ids[index - 3] == tokens.sentence_ids[index] and (
        read_noun(texts[index - 2]).kind == NOUN
    )


def _has_own_words(texts: Sequence[str], tags: Sequence[str], phrase: Phrase) -> bool:
    """The noun has an article, an inflected adjective or a preposition of its own."""
    return (
        phrase.determiner is not None
        or any(
            tags[j] == "ADJ" and texts[j].endswith(ATTRIBUTIVE_ENDINGS) for j in phrase.adjectives
        )
        or (phrase.preposition is not None and not phrase.coordinated)
    )


def _reads_as_name(
    tokens: TokenTable, index: int, reading: NounReading, phrase: Phrase, in_dictionary: bool
) -> bool:
    """Whether the noun at ``index`` is read as a name (the tagger's PROPN, checked;
    ``in_dictionary``: the dictionary has an entry for the whole word)."""
    tags, text = tags_of(tokens), tokens.texts[index]
    first = particle_in_name(tokens.texts, tags, tokens.sentence_ids, index)
    if first is not None and (
        tags[index] == "PROPN" or (tags[first] == "PROPN" and reading.lemma == text)
    ):
        # "Friedrich von Hagen": the surname after a particle, also tagged a common noun
        # in its base form ("Anna von Herzen danken": the noun's dative, no name)
        return True
    is_name = tags[index] == "PROPN" and reading.kind != PLACE
    plural_only = reading.kind == NOUN and all(b[1] == "Plur" for b in reading.bundles)
    if (is_name or plural_only) and _first_name_before_surname(tokens, index):
        # "Betriebsrat Jochen Krämer": a first name before a surname is no common noun
        # of its form (das Joch), also where the tagger took it for the noun's plural
        # ("Jochen von Ahlen sagte …")
        return True
    if is_name and reading.kind in (NOUN, ADJECTIVAL, UNKNOWN):
        # a common noun the tagger took for a name: with an article or adjective it is
        # one ("der Betriebsratsvorsitzende", "im Eingangssaal", "Kolbecks Vorschlag");
        # alone it is one unless it is a plural ("Polen", "Bayern": places named after
        # their people), read through a compound ("Russland"), or part of a name
        # ("Klaus Fischer", and "Fischer" elsewhere in the text)
        own_article = not phrase.chain and (phrase.determiner is not None or phrase.adjectives)
        if own_article or phrase.genitive_name:
            is_name = False
        elif (
            reading.kind == NOUN
            and reading.genders
            and not reading.head
            and is_abbreviation(tokens.texts, index)
        ):
            # an abbreviation the table gives a gender ("(CDU)", "von SPD und FDP": die),
            # a gender the dictionary decides where the table lists two
            is_name = False
        elif reading.kind == NOUN and not reading.head and reading.plural is not None:
            beside = [tags[j] for j in (index - 1, index + 1) if 0 <= j < len(tags)]
            is_name = (
                # "aus Polen", "in Bayern": not "Pole", "Bayer"; places are named after
                # their people (masculine nouns), never after a neuter noun's plural ("die
                # Systeme"); a feminine noun's plural only where the form is far more
                # frequent than its noun ("Bremen", not "gegen Reedereien"); a place is
                # not counted ("seit fünf Partien")
                (
                    text != reading.lemma
                    # the nominative plural names a place, not a dative's extra -n ("mit
                    # Bussen": der Bus, plural Busse)
                    and text == reading.plural
                    and ("m" in reading.genders or _more_than_a_plural(text, reading.lemma))
                    and reading.genders != "n"
                    and not _counted(tokens, index)
                )
                or "PROPN" in beside
                or text in _name_words(tokens)
            )
        elif (
            reading.kind == NOUN
            and reading.head
            and (in_dictionary or "-" in text or all(b[1] == "Plur" for b in reading.bundles))
        ):
            # a compound the dictionary knows, a hyphenated one or a plural is a common
            # noun ("Wortsalat", "SPD-Wirtschaftsminister", "mit Brautgeschenken",
            # "CSU-Generalsekretär Bernd Protzner"), unless it ends a name ("Klaus
            # Bergmann") or can be a place ("Russland", "in Brandenburg")
            before = tags[index - 1] if index > 0 else ""
            is_name = (
                before == "PROPN"
                or text in _name_words(tokens)
                or (reading.head in PLACE_HEADS and any(b[1] == "Sing" for b in reading.bundles))
            )
    return is_name


#: Zipf floor of the word list read for :func:`_more_than_a_plural` (shared with
#: :mod:`app.morphology.adjectives`), and how much more frequent the form must be.
_FORM_FLOOR = 2.5
_NAME_MARGIN = 0.5


def _more_than_a_plural(form: str, lemma: str) -> bool:
    """``form`` is far more frequent than the noun it is a plural of: it has another
    use, a name ("Bremen" and die Breme), not a plural's ("Reedereien", "Partien")."""
    words = zipf_table("de", "large", _FORM_FLOOR)
    return words.get(form.lower(), 0.0) >= words.get(lemma.lower(), 0.0) + _NAME_MARGIN


def _counted(tokens: TokenTable, index: int) -> bool:
    """A cardinal number in digits or words other than one stands right before ``index``
    ("seit fünf Partien", "12 Reedereien")."""
    if index < 1 or tags_of(tokens)[index - 1] != "NUM":
        return False
    return tokens.texts[index - 1].lower() not in ("1", "ein", "eine", "eins", "einer")


def _noun_bundles(
    tokens: TokenTable, index: int, reading: NounReading, phrase: Phrase, is_name: bool
) -> frozenset[Bundle]:
    """The case, number and gender cells the noun's form allows, read as a name or not."""
    texts, tags, text = tokens.texts, tags_of(tokens), tokens.texts[index]
    bundles = reading.bundles
    if is_name and (
        _first_name_before_surname(tokens, index)
        or particle_in_name(texts, tags, tokens.sentence_ids, index) is not None
    ):
        # "Kämmerer Thomas Reinecke", "Friedrich von Hagen": a part of a person's name,
        # singular, no genitive of a noun of its form ("Thoma", "Jen"), in the case of the
        # whole name ("Jana Kolbecks Vorschlag": genitive)
        name_end = max(_chain_end(tokens, index), _surname_of(tokens, index))
        if (
            name_end != index
            and phrase.determiner is None
            and not phrase.adjectives
            and _name_bundles(tokens, name_end, read_noun(texts[name_end])) == _GENITIVE_SINGULAR
        ):
            return _GENITIVE_SINGULAR
        return _SINGULAR
    if is_name and phrase.apposition and reading.kind in (NOUN, ADJECTIVAL):
        # "von der Kanzlei Singewald": the name takes the case of its title's phrase,
        # whatever gender a common noun of its form has ("Singe" + "Wald")
        return _SINGULAR
    if reading.kind == ADJECTIVAL and one_of(tokens, index):
        # "eine der Besten", "keiner der Beteiligten": one of a group, genitive plural
        bundles = frozenset(b for b in bundles if b[:2] == ("Gen", "Plur")) or bundles
    if reading.kind == ADJECTIVAL and after_neuter_quantifier(tokens, index):
        # "etwas Neues", "nichts Gutes": a neuter adjective used as a noun (das Neue)
        bundles = frozenset(b for b in bundles if b[1] == "Sing" and b[2] == "Neut") or bundles
    if is_name and reading.kind in (NOUN, ADJECTIVAL, PLACE):
        # a name the table knows ("Russlands": genitive): singular, its own cells
        bundles = frozenset(b for b in bundles if b[1] == "Sing") or _name_bundles(
            tokens, index, reading
        )
        if (
            reading.kind == NOUN
            and all(b[0] == "Gen" for b in bundles)
            and index > 0
            and tags[index - 1] == "PROPN"
        ):
            # a surname after a first name that reads as a noun's genitive ("Heike
            # Oltmanns": Mann's "-s"): a name's "-s" is genitive only before a noun
            bundles = _name_bundles(tokens, index, reading)
    elif reading.kind in (NAME, PLACE) or is_name:
        bundles = _name_bundles(tokens, index, reading)
        if (
            reading.kind == NAME
            and not is_name
            and tags[index] == "NOUN"
            and bundles == _SINGULAR
            and (phrase.determiner is not None or phrase.adjectives)
        ):
            # a word no table knows, tagged a common noun, with an article or adjective
            # ("den neuen TV's"): not known to be singular; the phrase decides
            bundles = reading.bundles
    chain_end = _chain_end(tokens, index)
    if chain_end != index and phrase.determiner is None and not phrase.adjectives:
        # "Bürgermeisterin Jana Kolbecks Vorschlag": the whole name is genitive
        last = read_noun(texts[chain_end])
        if _name_bundles(tokens, chain_end, last) == _GENITIVE_SINGULAR:
            bundles = frozenset(b for b in bundles if b[0] == "Gen" and b[1] == "Sing") or bundles
    if bundles != reading.bundles:
        pass
    elif (
        phrase.determiner is None
        and index + 1 < len(texts)
        and tags[index + 1] == "PROPN"
        and tokens.sentence_ids[index + 1] == tokens.sentence_ids[index]
        and text == reading.lemma
    ):
        # a title before a name stays uninflected: "mit Präsident Macron"
        genders = [b[2] for b in bundles if b[2]]
        bundles = bundles | noun_bundles(
            [(c, "Sing") for c in ("Nom", "Acc", "Dat", "Gen")], genders
        )
    return bundles


#: Nouns of time that stand without a preposition as an accusative ("dieses Jahr").
_TIME_NOUNS = frozenset(
    {
        "Jahr", "Monat", "Woche", "Tag", "Abend", "Morgen", "Nachmittag", "Vormittag", "Nacht",
        "Mal", "Sommer", "Winter", "Frühjahr", "Frühling", "Herbst", "Wochenende", "Quartal",
        "Jahrzehnt", "Jahrhundert", "Stunde", "Minute", "Zeit", "Saison", "Halbjahr",
    }
)  # fmt: skip
_TIME_MARKERS = ("dies", "jed", "letzt", "nächst", "vergangen", "kommend", "vorig", "ganz",
                 "folgend", "selb", "gleich", "all", "einig", "mehrer", "erst", "zweit",
                 "dritt", "paar")  # fmt: skip


def _repeated_time(tokens: TokenTable, index: int) -> bool:
    """A bare noun of time before "für" and itself ("Nacht für Nacht", "Tag für Tag"): an
    accusative of time, whatever the verb."""
    texts, following = tokens.texts, index + 1
    if following + 1 >= len(texts) or texts[following] != "für":
        return False
    if texts[following + 1] != texts[index] or texts[index] not in _TIME_NOUNS:
        return False
    before = "" if index == 0 else texts[index - 1].lower()
    return before not in DETERMINERS and before not in PREPOSITIONS


_MONTHS = frozenset(
    {"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
     "September", "Oktober", "November", "Dezember"}
)  # fmt: skip
_PARTS_OF_TIME = frozenset({"Anfang", "Mitte", "Ende"})


#: Nouns that measure before an adjective or adverb of that measure ("zwei Meter hoch",
#: "drei Tage später"), with every noun of time.
_MEASURE_NOUNS = _TIME_NOUNS | MEASURE_NOUNS
#: Adjectives (any ending or degree) and adverbs a measure stands before.
_MEASURED_ADJECTIVES = frozenset(
    {"alt", "jung", "lang", "breit", "hoch", "tief", "dick", "schwer", "stark", "weit",
     "groß", "klein", "dünn", "schmal", "früh", "spät", "entfernt", "leicht"}
)  # fmt: skip
_MEASURED_ADVERBS = frozenset(
    {"zuvor", "danach", "vorher", "nachher", "davor", "später", "früher", "zurück", "lang",
     "lange", "darauf", "hindurch"}
)  # fmt: skip
#: Determiners of a measure: none, a number, or the indefinite article ("ein Jahr später").
_MEASURE_DETERMINERS = frozenset(
    {"ein", "eine", "einen", "wenige", "einige", "mehrere", "viele", "etliche", "paar"}
)  # "wenige Minuten später", "einige Jahre zuvor"


def _measure_before_adjective(tokens: TokenTable, index: int, lemma: str, phrase: Phrase) -> bool:
    """A noun of measure, bare, after a number or "ein", right before an adjective or
    adverb of that measure: "24 Jahre alt", "fünf Jahre zuvor", "erst Jahrzehnte
    später", "ein rund 280 Seiten starker Katalog": an accusative of measure. Not with
    a definite article or a preposition ("wenn die Tage länger werden": the subject)."""
    if lemma not in _MEASURE_NOUNS or phrase.preposition is not None:
        return False
    texts = tokens.texts
    if (
        phrase.determiner is not None
        and phrase.numeral is None  # "den 24 Jahre alten Angreifer": the noun's article
        and texts[phrase.determiner].lower() not in _MEASURE_DETERMINERS
    ):
        return False
    following = index + 1
    if following >= len(texts) or tokens.sentence_ids[following] != tokens.sentence_ids[index]:
        return False
    word = texts[following]
    if not word[:1].islower():
        return False
    if word in _MEASURED_ADVERBS:
        return True
    return any(r.lemma in _MEASURED_ADJECTIVES for r in read_adjective(word))


def _point_of_time(tokens: TokenTable, index: int) -> bool:
    """ "Ende August", "Anfang 2025", "Mitte nächster Woche" without a preposition
    before it: an adverbial of time (accusative), ``index`` at "Ende"."""
    texts, sentence = tokens.texts, tokens.sentence_ids
    if texts[index] not in _PARTS_OF_TIME or index + 1 >= len(texts):
        return False
    if sentence[index + 1] != sentence[index]:
        return False
    if index > 0 and sentence[index - 1] == sentence[index]:
        before = texts[index - 1].lower()
        determiner = (
            before in DETERMINERS
            and tags_of(tokens)[index - 1] != "PRON"
            # a relative pronoun that cannot be the noun's article (", die Ende September
            # eröffnet werden soll": die Ende is no phrase; das Ende, der Anfang, die Mitte)
            and not (before in DEFINITE and before not in _ARTICLES_OF_PART[texts[index]])
        )
        if before in PREPOSITIONS or before in CONTRACTIONS or determiner:
            return False  # "bis Ende August", "zum Ende", "das Ende"
    return part_of_time(tokens, index)


#: The forms of the definite article (:data:`DEFINITE`) that agree with each part of time.
_ARTICLES_OF_PART = {
    "Anfang": frozenset({"der", "den", "dem", "des"}),
    "Mitte": frozenset({"die", "der"}),
    "Ende": frozenset({"das", "dem", "des"}),
}


def part_of_time(tokens: TokenTable, index: int) -> bool:
    """Token ``index`` is "Anfang", "Mitte" or "Ende" right before a month or a year
    ("Ende August", "bis Mitte 2026", "für Anfang März"): a point of a period, whatever
    stands before it (one point: no plural)."""
    texts = tokens.texts
    if texts[index] not in _PARTS_OF_TIME or index + 1 >= len(texts):
        return False
    if tokens.sentence_ids[index + 1] != tokens.sentence_ids[index]:
        return False
    after = texts[index + 1]
    return after in _MONTHS or (after.isdigit() and len(after) == 4)


def _is_time_phrase(tokens: TokenTable, index: int) -> bool:
    """ "dieses Jahr", "letzte Woche", "jeden Tag": an adverbial of time (accusative)."""
    memo = _memo_for(tokens)
    found = memo.phrases.get(index)
    if found is None:
        return False
    reading, phrase, _, _ = found
    texts = tokens.texts
    if _point_of_time(tokens, index) or (
        texts[index] in _MONTHS and index > 0 and _point_of_time(tokens, index - 1)
    ):
        return True  # "Ende August", "Anfang 2025" (both words)
    if reading.lemma not in _TIME_NOUNS or phrase.preposition is not None:
        return False
    if _repeated_time(tokens, index):
        return True  # "Nacht für Nacht", "Jahr für Jahr"
    words = [
        tokens.texts[j].lower() for j in (phrase.determiner, *phrase.adjectives) if j is not None
    ]
    return any(w.startswith(_TIME_MARKERS) for w in words)


def _name_words(tokens: TokenTable) -> frozenset[str]:
    """Words that stand in a run of two or more proper nouns somewhere in the text
    ("Fischer" in "Klaus Fischer"): names, even where they stand alone."""
    memo = _memo_for(tokens)
    if memo.name_words is None:
        tags, texts = tokens.tags, tokens.texts
        words = set()
        for j in range(1, len(tags)):
            if tags[j] == "PROPN" and tags[j - 1] == "PROPN":
                words.add(texts[j])
                words.add(texts[j - 1])
        memo.name_words = frozenset(words)
    return memo.name_words


def _phrase_bundles(tokens: TokenTable, index: int) -> frozenset[Bundle] | None:
    memo = _memo_for(tokens)
    if index not in memo.phrases:
        try:
            memo.phrases[index] = _local_noun(tokens, index, None)
        except Exception:
            memo.phrases[index] = None
    found = memo.phrases[index]
    return found[2].bundles if found is not None else None


def _noun(tokens: TokenTable, index: int, info: DictionaryEntry | None) -> FormAnalysis:
    if info is not None and info.match == "case" and is_abbreviation(tokens.texts, index):
        info = None  # "TA" found as "Ta" (tantalum): another word's entry
    reading, phrase, agreement, is_name = _local_noun(tokens, index, info)
    _memo_for(tokens).phrases.setdefault(index, (reading, phrase, agreement, is_name))
    bundles, reason = refine(
        tokens.texts, tags_of(tokens), tokens.lemmas, tokens.sentence_ids, index, phrase.start,
        agreement.bundles,
        lambda j: _phrase_bundles(tokens, j),
        lambda j: _resolved_verb(tokens, j)[1],
        lambda j: _phrase_bundles(tokens, j) is not None and _is_time_phrase(tokens, j),
    )  # fmt: skip
    if tokens.texts[index] in _MONTHS and index > 0 and tokens.texts[index - 1] in _PARTS_OF_TIME:
        # "für Mitte März", "seit Anfang Mai", "liegt Ende Mai": the month after "Mitte" is
        # an uninflected attribute (as "Ende nächsten Monats" is a genitive); it has no
        # case of its own to show, also where "Ende" is an accusative of time
        bundles = frozenset(
            (case, "Sing", b[2], b[3])  # one month ("Mitte Oktober": no plural "Oktober")
            for b in bundles
            for case in ("Nom", "Acc", "Dat", "Gen")
        )
    if _repeated_time(tokens, index) and any(b[0] == "Acc" for b in agreement.bundles):
        bundles = frozenset(b for b in agreement.bundles if b[0] == "Acc")
        reason = "accusative of time"  # "die hier Nacht für Nacht hochgefahren werden"
    if _measure_before_adjective(tokens, index, reading.lemma, phrase):
        # the phrase's own accusative, whatever the clause made of it
        measured = frozenset(b for b in agreement.bundles if b[0] == "Acc")
        if measured and {b[2] for b in measured} == {b[2] for b in agreement.bundles}:
            # "24 Jahre alt", "fünf Jahre zuvor", "280 Seiten stark"; not where only
            # another gender's accusative fits ("ein Tag später": a nominative, however
            # unidiomatic, not das Tag)
            bundles, reason = measured, "accusative of measure"
    if bundles != agreement.bundles and len({b[0] for b in bundles}) == 1:
        agreement = Agreement(bundles, "clause", reason)
    elif bundles != agreement.bundles and agreement.case_by == "two-way":
        agreement = Agreement(bundles, "", "")
    elif bundles != agreement.bundles:
        agreement = Agreement(bundles, agreement.case_by, agreement.case_word)
    noun = _memo_for(tokens).singular_nouns.get(index)
    if noun is not None and {b[1] for b in agreement.bundles} == {"Sing", "Plur"}:
        # "auf andere Weise": die Weise (singular); the adjectival noun adds only its bare
        # plural ("andere Weise", other wise people), which the clause did not ask for
        # ("Gute Weise kamen" stays plural) and which shows no gender of its own
        singular = frozenset(b for b in agreement.bundles if b in noun.bundles)
        if singular and all(b[1] == "Sing" for b in singular):
            reading = noun
            agreement = replace(agreement, bundles=singular)
    ding_gender = ""
    if info is not None:  # the genders its senses leave possible ("See"), else its gender
        ding_gender = primary_first(getattr(info, "genders", "") or "", info.gender or "")
    if reading.head and (info is None or info.match == "compound"):
        # a compound the dictionary has only as parts: its head's genders ("Spitzenservice":
        # der/das as "Service"), not the first sense the split picked
        ding_gender = dictionary_gender(reading.head, reading.head) or ding_gender
    return noun_analysis(tokens, index, reading, agreement, is_name, ding_gender)


def _name_bundles(tokens: TokenTable, index: int, reading: NounReading) -> frozenset[Bundle]:
    """A name is singular; a genitive "-s" shows before a following noun
    ("Merkels Regierung"), otherwise its case comes from the phrase."""
    if reading.kind == PLACE:
        return reading.bundles
    text = tokens.texts[index]
    following = tokens.tags[index + 1] if index + 1 < len(tokens.tags) else ""
    previous = tokens.tags[index - 1] if index > 0 else ""
    if following == "PROPN" and read_noun(tokens.texts[index + 1]).kind == NOUN:
        following = "NOUN"  # "Kolbecks Vorschlag" with "Vorschlag" tagged as a name
    singular = frozenset(b for b in ALL_BUNDLES if b[1] == "Sing")
    genitive = frozenset(b for b in singular if b[0] == "Gen")
    if _first_name_before_surname(tokens, index):
        return singular  # "Kämmerer Thomas Reinecke": not a genitive of "Thoma"
    if text.endswith(("s", "'")) and following in ("NOUN", "ADJ") and len(text) > 2:
        return genitive  # "Merkels Regierung"
    if text.endswith("s") and following == "PROPN" and read_noun(text[:-1]).kind == NAME:
        pass
    if (
        text.endswith("s")
        and not text.endswith("ss")
        and previous == "NOUN"
        and following not in ("NOUN", "PROPN")
        and _has_determiner(tokens, index - 1)
    ):
        return genitive  # "die nuklearen Fähigkeiten Pjöngjangs"
    return singular


def _first_name_before_surname(tokens: TokenTable, index: int) -> bool:
    """A first name of the lexicon right before a capitalised name in the same sentence,
    or before a name particle and one ("Thomas Reinecke", "Jochen von Ahlen"): the
    first name of a person's name, which keeps its own form ("Thomas" is no genitive of
    "Thoma", "Jochen" no plural of das Joch)."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    following = index + 1
    if following >= len(texts) or ids[following] != ids[index]:
        return False
    if not is_first_name(texts[index], tags[index]):
        return False
    if texts[following] in NAME_PARTICLES:
        return particle_in_name(texts, tags, ids, following + 1) == index or (
            following + 2 < len(texts)
            and particle_in_name(texts, tags, ids, following + 2) == index
        )
    return tags[following] == "PROPN" and texts[following][:1].isupper()


def _surname_of(tokens: TokenTable, index: int) -> int:
    """The surname after the first name at ``index`` ("Thomas Müllers", "Anna von Berg"),
    or ``index`` when none follows."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    for k in (index + 1, index + 2, index + 3):
        if k >= len(texts) or ids[k] != ids[index]:
            break
        if k == index + 1 and tags[k] == "PROPN" and texts[k][:1].isupper():
            return k
        if k > index + 1 and particle_in_name(texts, tags, ids, k) == index:
            return k
    return index


_SINGULAR = frozenset(b for b in ALL_BUNDLES if b[1] == "Sing")
_GENITIVE_SINGULAR = frozenset(b for b in ALL_BUNDLES if b[0] == "Gen" and b[1] == "Sing")


def _chain_end(tokens: TokenTable, index: int) -> int:
    """The last word of the name that the word at ``index`` begins or continues."""
    tags = tokens.tags
    j = index
    sentence = tokens.sentence_ids[index]
    while j + 1 < len(tags) and tags[j + 1] == "PROPN" and tokens.sentence_ids[j + 1] == sentence:
        if not tokens.texts[j + 1][:1].isupper():
            break
        j += 1
    if j + 1 < len(tags) and tags[j] == "PROPN" and read_noun(tokens.texts[j]).kind == NOUN:
        return j - 1 if j - 1 > index else index  # the last "name" is a common noun
    return j


def _has_determiner(tokens: TokenTable, noun: int) -> bool:
    phrase = find_phrase(tokens.texts, tags_of(tokens), tokens.lemmas, tokens.sentence_ids, noun)
    return phrase.determiner is not None or phrase.preposition is not None


def _continues_reported_speech(tokens: TokenTable, index: int) -> bool:
    """The sentence of ``index`` follows, in the same paragraph, a sentence whose first
    clause has a verb that is only subjunctive ("Er sehe Chancen. Erste Gespräche
    liefen bereits."; not a relative clause's: "…, das ihm erspart habe."):
    news go on reporting in the subjunctive, and a past form there that is also
    Konjunktiv II ("liefen", "zeigten") may be either. A sentence that stands alone
    (its own paragraph) is not read so."""
    memo = _memo_for(tokens)
    firsts = memo.sentence_firsts
    if firsts is None:  # one pass per token table: a long sentence stays linear
        ids = tokens.sentence_ids
        firsts = memo.sentence_firsts = []
        for k in range(len(ids)):
            firsts.append(k if k == 0 or ids[k - 1] != ids[k] else firsts[k - 1])
    first = firsts[index]
    found = memo.reported.get(first)
    if found is None:
        found = memo.reported[first] = _after_reported_sentence(tokens, first, firsts)
    return found


def _after_reported_sentence(tokens: TokenTable, first: int, firsts: Sequence[int]) -> bool:
    """:func:`_continues_reported_speech` for the sentence opening at ``first``."""
    if first == 0 or tokens.starts[first] - tokens.ends[first - 1] > 1:
        return False  # the paragraph's first sentence
    tags = tags_of(tokens)
    j = firsts[first - 1]  # the previous sentence's first token
    while j < first and tokens.texts[j] != ",":  # its first clause: its own main verb
        if tags[j] in ("VERB", "AUX") and only_subjunctive(tokens.texts[j], tokens.lemmas[j]):
            return True
        j += 1
    return False


def _after_a_subjunctive(tokens: TokenTable, start: int) -> bool:
    """An earlier clause of the sentence (before the clause opening at ``start``) has a
    verb that is only Konjunktiv I ("Man dürfe nicht zulassen, dass die Staaten die Linie
    blockierten"): what follows is reported, and a past form that is also Konjunktiv
    II may stand in for a Konjunktiv I that looks like the indicative."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    j = start - 1
    while j >= 0 and ids[j] == ids[start]:
        if tags[j] in ("VERB", "AUX") and only_subjunctive(texts[j], tokens.lemmas[j]):
            return True
        j -= 1
    return False


def _resolved_verb(tokens: TokenTable, index: int) -> tuple[str, frozenset[Reading], str]:
    """(infinitive, readings the clause allows, reason) of the verb at ``index``."""
    memo = _memo_for(tokens)
    found = memo.verbs.get(index)
    if found is not None:
        return found
    lemma, readings_here = verb_lemma(tokens, index)
    other_lemma, other_readings = ge_verb(tokens, index, readings_here)
    if not readings_here:
        result: tuple[str, frozenset[Reading], str] = (lemma, frozenset(), "")
    else:
        texts, tags = tokens.texts, tags_of(tokens)
        start, end = clause_span(texts, tags, tokens.sentence_ids, index)
        others = {
            j: verb_lemma(tokens, j)[1]
            for j in range(start, end + 1)
            if j != index and tags[j] in ("VERB", "AUX")
        }
        if other_lemma and not any(others.values()):
            # "Zu einer Sauna gehört …": with no other verb in its clause "gehört" is not
            # the participle of "hören" but "gehören", finite (the clause decides)
            readings_here |= other_readings
        else:
            other_lemma = ""
        others[index] = readings_here
        reported = _continues_reported_speech(tokens, index)
        after_subjunctive = not reported and _after_a_subjunctive(tokens, start)
        resolved, reason = resolve(
            texts, tags, tokens.lemmas, tokens.sentence_ids, index, readings_here, others,
            lambda j: _plural_form(texts[j]), reported or after_subjunctive,
        )  # fmt: skip
        if after_subjunctive and _third_singular(resolved):
            # Konjunktiv II stands in only where Konjunktiv I looks like the indicative
            # (plural, 1st person: "dass die Staaten … blockierten"); the 3rd person
            # singular has its own ("reagiere"), so "…, und die Regierung reagierte
            # sofort" is the past
            resolved, reason = resolve(
                texts, tags, tokens.lemmas, tokens.sentence_ids, index, readings_here,
                others, lambda j: _plural_form(texts[j]), False,
            )  # fmt: skip
        if other_lemma and any(r[0] == "Fin" for r in resolved):
            lemma = other_lemma  # "Zu einer Sauna gehört …": finite, so "gehören"
        result = (lemma, resolved, reason)
    memo.verbs[index] = result
    return result


def _third_singular(found: frozenset[Reading]) -> bool:
    """Are all finite readings of ``found`` in the 3rd person singular (and some)?"""
    finite = [r for r in found if r[0] == "Fin"]
    return bool(finite) and all(r[3] == "3" and r[4] == "Sing" for r in finite)


def _plural_form(text: str) -> bool:
    """Can ``text`` be a nominative plural by its form (a noun, a name, a number)?"""
    if not text[:1].isupper():
        return text[:1].isdigit()
    return any(b[0] == "Nom" and b[1] == "Plur" for b in read_noun(text).bundles)


def _verb(tokens: TokenTable, index: int) -> FormAnalysis | None:
    lemma, found, reason = _resolved_verb(tokens, index)
    if not found:
        return None
    return verb_analysis(lemma, tags_of(tokens)[index], found, reason)


def _capitalised_first_adjective(tokens: TokenTable, index: int) -> bool:
    """The first word of a sentence, an inflected adjective by its form and no noun
    of the table, before a common noun: capitalised only because it comes first."""
    text, following = tokens.texts[index], index + 1
    if mid_sentence(tokens, index) or following >= len(tokens.texts):
        return False
    if tokens.sentence_ids[following] != tokens.sentence_ids[index]:
        return False
    if read_noun(text).kind == NOUN:
        return False
    after = tokens.texts[following]
    if tags_of(tokens)[following] == "PROPN" and (
        # a headline's noun the tagger took for a name ("Giftiger Bauschutt in …"): a
        # common noun of the table, no first name, no word of a run of names
        read_noun(after).kind != NOUN or is_given_name(after) or after in _name_words(tokens)
    ):
        return False
    if tags_of(tokens)[following] not in ("NOUN", "ADJ", "PROPN"):
        return False
    return any(r.ending for r in read_adjective(text))


def _adjective_of_a_title(tokens: TokenTable, index: int) -> bool:
    """A capitalised adjective of a title or name directly before its common noun ("die
    Vorsitzende Richterin", "die Erste Bevollmächtigte", "Leitender Oberstaatsanwalt",
    "beim Evangelischen Pressedienst", "Giftiger Bauschutt" opening a headline): a word
    that reads only as a nominalised adjective, inflected, before a noun of the table
    (not a name: "der Vorsitzende Müller", a first name, a word of a run of names
    elsewhere in the text). It is the noun's adjective, not a noun of its own."""
    texts, tags, ids = tokens.texts, tags_of(tokens), tokens.sentence_ids
    text, following = texts[index], index + 1
    if following >= len(texts) or ids[following] != ids[index]:
        return False
    after = texts[following]
    if not text[:1].isupper() or not after[:1].isupper() or not after[1:2].islower():
        return False
    reading = read_noun(text)
    if reading.kind != ADJECTIVAL and not (
        # a common noun's plural only whose small form is an inflected adjective: "der
        # Zentralen Leitstelle" (zentral, not the plural of die Zentrale)
        reading.kind == NOUN
        and not reading.head
        and all(b[1] == "Plur" for b in reading.bundles)
        and any(r.ending for r in read_adjective(text.lower()))
    ):
        return False
    endings = (
        {r.ending for r in read_adjective(text) if r.ending}
        or {r.ending for r in read_adjective(text.lower()) if r.ending}
        or {e for e in ("en", "em", "er", "es", "e") if text.endswith(e) and read_adjective(text)}
    )  # an ordinal's table form ("Erste")
    noun = read_noun(after)
    if not endings or tags[following] not in ("NOUN", "PROPN"):
        return False
    if tags[following] == "PROPN" and not noun.head and not _of_an_institution(text):
        return False  # "der Vorsitzende Müller": a surname that is also a noun
    if noun.kind not in (NOUN, ADJECTIVAL) or is_given_name(after) or after in _name_words(tokens):
        return False
    # the adjective, the noun and an article before agree, in the singular (titles
    # name one person or body; "den Betroffenen Hilfe anbieten" is a noun and its object)
    allowed = frozenset().union(*(bundles_of_ending(e) for e in endings)) & noun.bundles
    before = texts[index - 1].lower() if index > 0 and ids[index - 1] == ids[index] else ""
    if before in DETERMINERS and tags[index - 1] == "DET":
        allowed &= DETERMINERS[before]
        if index < 2 or ids[index - 2] != ids[index] or tags[index - 2] != "ADP":
            # an article with no preposition before it: a dative is the clause's
            # indirect object and the noun after it another object ("gaben dem
            # Obdachlosen Geld"), not a title ("mit dem Vorsitzenden Richter")
            allowed = frozenset(b for b in allowed if b[0] != "Dat")
    elif before in CONTRACTIONS:
        allowed &= CONTRACTIONS[before][1]
    else:
        allowed = frozenset(b for b in allowed if b[3] == "none")
    return any(b[1] == "Sing" for b in allowed)


def _of_an_institution(text: str) -> bool:
    """An inflected adjective in "-isch" ("Statistischen", "Europäischen"): such an
    adjective opens the name of a body ("beim Statistischen Bundesamt", tagged as a
    name), never a title before a surname."""
    return any(r.ending and r.lemma.endswith("isch") for r in read_adjective(text.lower()))


def _particle_of_the_verb(tokens: TokenTable, index: int) -> bool:
    """A separable particle that is also an adjective ("voll", "fest", "frei"), whose
    lemma (the pipeline's) is a verb built with it that a verb of its sentence also has
    as its lemma ("liefen voll": volllaufen): the verb's particle, no adjective."""
    text, lemma = tokens.texts[index], tokens.lemmas[index]
    if text not in SEPARABLE or len(lemma) <= len(text) + 2 or not lemma.startswith(text):
        return False
    if paradigm(lemma, guess=False) is None:
        return False
    ids, tags = tokens.sentence_ids, tags_of(tokens)
    j = index - 1
    while j >= 0 and ids[j] == ids[index]:
        if tags[j] in ("VERB", "AUX") and tokens.lemmas[j] == lemma:
            return True
        j -= 1
    return False


def _title_before_name(tokens: TokenTable, index: int) -> bool:
    """A capitalised word inside a sentence, tagged an adjective, that no adjective table
    lists but the noun table does, right before a first name ("mit Trainer Jonas Weber",
    "von Innenverteidiger Felix Osterkamp"): the person's title or role, a noun. (A
    place adjective before its noun, "die Berliner Polizei", has no first name after.)"""
    text, following = tokens.texts[index], _next_in_sentence(tokens, index)
    if not text[:1].isupper() or following is None:
        return False
    if not mid_sentence(tokens, index) and read_adjective(text.lower()):
        return False  # first in a sentence only a word whose small form is no adjective
        # ("Oberbürgermeister Florian Eberl zeigte …"; not "Neue Anna-Bände erscheinen")
    if not is_given_name(tokens.texts[following]) or read_adjective(text):
        return False
    return read_noun(text).kind == NOUN


def _unknown_first_word(tokens: TokenTable, index: int) -> bool:
    """A sentence's first word whose small form no adjective table lists, not right before
    a common noun it may be the adjective of ("Tausende Tiere werden …", the tagger's
    lemma "tausend"), unless it is a first name ("Gisela Hartung hatte …")."""
    if read_adjective(tokens.texts[index].lower()):
        return False
    following = _next_in_sentence(tokens, index)
    before_noun = following is not None and tags_of(tokens)[following] == "NOUN"
    return not before_noun or is_given_name(tokens.texts[index])


def _capitalised_unknown(tokens: TokenTable, index: int) -> bool:
    """A capitalised word that the tagger called an adjective but no table knows as one
    ("OBI", "Annette", "Anwaltskanzlei"): a name or a noun, not an adjective; the
    adjectives of places ("Berliner", "Kölner", "Mecklenburgischen") stay. First in a
    sentence, where every word is capitalised, also its small form is none
    ("Oberbürgermeister Florian Eberl zeigte …", "Weißenburg lebe …", "Gisela Hartung
    hatte …"; "Neue Regeln gelten" keeps its adjective)."""
    text = tokens.texts[index]
    return (
        text[:1].isupper()
        and not text.endswith("er")
        and "isch" not in text[-7:]  # "der Mecklenburgischen Seenplatte"
        and (mid_sentence(tokens, index) or _unknown_first_word(tokens, index))
        and not read_adjective(text)
    )


def _adjective(tokens: TokenTable, index: int, trust_lemma: bool = True) -> FormAnalysis | None:
    """An adjective's analysis (``trust_lemma``: the tagger called it an adjective, so
    its lemma counts as an adjective even when the tables do not list it)."""
    text, lemma = tokens.texts[index], tokens.lemmas[index]
    if is_numeral(text):
        return None  # "zwölf" is a number, not an adjective
    found = read_adjective(text, lemma if trust_lemma else "")
    if not found:
        return None
    if trust_lemma and _capitalised_unknown(tokens, index):
        return None
    head = head_noun(tokens, index, tags_of(tokens))
    attributive = (
        head is not None and index + 1 <= head and not _adverbial_superlative(tokens, index, head)
    )
    if attributive and _comparative_before_adjective(tokens, index, found):
        # "in tiefer gelegenen Gebieten", "ein höher gelegenes Dorf": the uninflected
        # comparative that grades the adjective after it, not an adjective of the noun
        found = tuple(r for r in found if r.degree == "Cmp" and not r.ending)
        attributive = False
    if attributive and _temporal_comparative(tokens, index, found):
        # "will später Arzt werden": the adverb "later", not "später" declining "spät"
        found = tuple(r for r in found if r.degree == "Cmp" and not r.ending)
        attributive = False
    chosen = choose(found, attributive and any(r.ending for r in found))
    quantity = tuple(r for r in found if uninflected_quantity(r))
    if (
        quantity
        and head is not None
        and attributive
        and tags_of(tokens)[head] == "NOUN"
        and _features(tokens, head, None).shown.get("Number") == ("Sing",)
    ):
        chosen = quantity  # "weniger Spielraum": less room, not "wenig" + "-er"
    degrees = {r.degree for r in chosen}
    lemmas = {r.lemma for r in chosen}
    shown: dict[str, tuple[str, ...]] = {}
    if (
        attributive
        and lemmas == {"weit"}
        and degrees == {"Cmp"}
        and not _als_follows(tokens, index)
    ):
        # "weitere Schritte", "vor weiteren Unwettern": "weitere" (additional, more),
        # an adjective of its own that is not compared; "weiter" as a comparative of
        # "weit" is a distance ("eine weitere Strecke als …")
        lemmas, degrees = {"weiter"}, set()
    if any(_ordinal(lemma) for lemma in lemmas) or any(_ordinal(r.lemma) for r in found):
        degrees = set()  # "seine fünfte Gelbe Karte", "im dritten Jahr": not compared
    if lemmas & DETERMINERS.keys() or all(pronoun_like(lemma) for lemma in lemmas):
        degrees = set()  # a possessive the tagger called an adjective ("unseres Vereins"),
        # a quantifier inflected like one ("Mancher Familienbetrieb", "ein paar Leute")
    elif degrees == {"Pos"} and text[:1].islower() and not any(r.ending for r in chosen):
        # uninflected: a degree only for an adjective ("unterwegs" is an adverb, "durchs"
        # a contraction, though tagged adjectives); capitalised words are left alone
        # (place adjectives "Kölner", "Berliner" are adjectives the tables lack)
        degrees = {"Pos"} if any(inflects(lemma) for lemma in lemmas) else set()
        if _adverb_suffix(text):
            degrees = set()  # "tagsüber", "erstmals", "abwärts": adverbs, never compared
    if 0 < len(degrees) <= MAX_SHOWN:
        shown["Degree"] = ordered("Degree", degrees)
    inflected = all(r.ending for r in chosen) and attributive
    case_line = ""
    if inflected and head is not None:
        noun = _features(tokens, head, None) if tags_of(tokens)[head] in ("NOUN", "PROPN") else None
        if noun is not None:
            for feature in ("Case", "Number"):
                if feature in noun.shown:
                    shown[feature] = noun.shown[feature]
            if noun.shown.get("Number") == ("Sing",):
                gender = _phrase_gender(tokens, head, noun)
                if gender:
                    shown["Gender"] = (gender,)
            case_line = ", ".join(
                " or ".join(READABLE[f][v] for v in shown[f])
                for f in ("Case", "Number")
                if f in shown
            )
    base = next(iter(lemmas)) if len(lemmas) == 1 else lemma
    if (
        not attributive
        and _ADVERB_COMPARISON.get(base) in lemmas
        and not _copula_clause(tokens, index)
    ):
        base = _ADVERB_COMPARISON[base]  # "greifen lieber zu Saft": gern, not lieb
    if (
        text[:1].isupper()
        and base == text.lower()
        and text.endswith("er")
        and not listed_base(base)
    ):
        # an adjective from a place name ("Allgäuer Bauern", "die Konstanzer Forscher"):
        # indeclinable, and its base form is capitalised like the name
        base = text
    degree = shown.get("Degree", ())
    line = ""
    if degree == ("Cmp",):
        line = f"comparative of »{base}«"
    elif degree == ("Sup",):
        line = f"superlative of »{base}«"
    explanation = ", ".join(p for p in (line, case_line) if p)
    return FormAnalysis(
        lemma=base, pos="ADJ", shown=shown, explanation=explanation, kind=KIND_ADJECTIVE
    )


#: Endings of adverbs that Ding or the tagger may file as adjectives ("teilweise",
#: "gegebenenfalls", "unterdessen"); "weise" (wise) itself is an adjective.
_ADVERB_SUFFIXES = (
    "süber", "mals", "wärts", "dings", "maßen", "halber", "weise", "falls", "dessen",
)  # fmt: skip


def _adverb_suffix(word: str) -> bool:
    """Does ``word`` (small) end like an adverb that is never compared?"""
    return word.endswith(_ADVERB_SUFFIXES) and word not in _ADVERB_SUFFIXES


#: The ordinals from 1 to 12, without their ending ("erst-", "dritt-", "siebent-").
_ORDINAL_STEMS = frozenset(
    {"erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "siebent", "acht",
     "neunt", "zehnt", "elft", "zwölft"}
)  # fmt: skip
#: Endings of the larger ordinals ("dreizehnt-", "zwanzigst-", "hundertst-").
_ORDINAL_TAILS = ("zehnt", "zigst", "ßigst", "hundertst", "tausendst", "millionst")


def _ordinal(lemma: str) -> bool:
    """Is ``lemma`` (with or without its ending) an ordinal number ("fünfte", "erst",
    "einundzwanzigsten")? An ordinal has no degrees of comparison."""
    low = lemma.lower()
    for ending in ("en", "em", "er", "es", "e", ""):
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        if stem in _ORDINAL_STEMS or (len(stem) > 6 and stem.endswith(_ORDINAL_TAILS)):
            return True
    return False


def _comparative_before_adjective(
    tokens: TokenTable, index: int, found: tuple[AdjectiveReading, ...]
) -> bool:
    """A form that is an uninflected comparative and an inflected positive ("tiefer",
    "höher", "weiter") right before another adjective or participle inflected with
    another ending ("tiefer gelegenen", "weiter entfernten"): two adjectives of one noun
    take the same ending, so the first is the comparative that grades the second."""
    if not any(r.degree == "Cmp" and not r.ending for r in found):
        return False
    following = _next_in_sentence(tokens, index)
    if following is None or tags_of(tokens)[following] not in ("ADJ", "VERB"):
        return False
    endings = {r.ending for r in found if r.ending}
    after = {r.ending for r in read_adjective(tokens.texts[following]) if r.ending}
    return bool(after) and not endings & after


#: Comparatives that are adverbs of time of their own ("später" later, "früher"
#: formerly, in the past), a closed class.
_TEMPORAL_COMPARATIVES = frozenset({"später", "früher"})


def _temporal_comparative(
    tokens: TokenTable, index: int, found: tuple[AdjectiveReading, ...]
) -> bool:
    """ "später" or "früher" inside its clause after a word that no adjective agrees
    with (a verb, pronoun or adverb: "will später Arzt werden", "war früher Lehrerin"):
    the adverb of time, not the positive "spät" declined for the noun after it, which
    takes an article or a preposition ("ein später Erfolg", "zu später Stunde")."""
    if tokens.texts[index] not in _TEMPORAL_COMPARATIVES:
        return False
    if not any(r.degree == "Cmp" and not r.ending for r in found):
        return False
    ids = tokens.sentence_ids
    if index < 1 or ids[index - 1] != ids[index]:
        return False
    return tags_of(tokens)[index - 1] in ("VERB", "AUX", "PRON", "ADV", "PART")


def _als_follows(tokens: TokenTable, index: int) -> bool:
    """Is there an "als" in the next few words of the sentence (a comparison)?"""
    texts, ids = tokens.texts, tokens.sentence_ids
    return any(
        texts[j] == "als" and ids[j] == ids[index]
        for j in range(index + 1, min(index + 6, len(texts)))
    )


def _adverbial_superlative(tokens: TokenTable, index: int, head: int) -> bool:
    """ "am ehesten", "am meisten" before a name ("wovon am ehesten Trump profitiert"):
    the superlative of "am", an adverb, which the name's phrase does not hold. A head the
    noun table lists as a common noun ("am nächsten Sonntag", tagged a name or not) keeps
    "am" + superlative as its phrase; a name the tagger called a noun ("Kowalski") is a
    name."""
    if index < 1 or tokens.texts[index - 1].lower() != "am":
        return False
    if read_noun(tokens.texts[head]).kind == NOUN:
        return False  # "am nächsten Sonntag", "am größten Flughafen": a common noun's phrase
    tags = tags_of(tokens)
    phrase = find_phrase(tokens.texts, tags, tokens.lemmas, tokens.sentence_ids, head, name=True)
    return index not in phrase.adjectives


#: Adjectives whose uninflected comparative and superlative are also those of an
#: adverb ("lieber", "am liebsten": of gern, used as adverbs; of lieb after a copula).
_ADVERB_COMPARISON = {"lieb": "gern"}
_COPULAS = frozenset({"sein", "bleiben", "werden", "scheinen", "wirken"})


def _copula_clause(tokens: TokenTable, index: int) -> bool:
    """The word's clause has a copula (sein, bleiben, werden …): it may be predicative."""
    start, end = clause_span(tokens.texts, tags_of(tokens), tokens.sentence_ids, index)
    return any(tokens.lemmas[j] in _COPULAS for j in range(start, end))


def _phrase_gender(tokens: TokenTable, head: int, noun: FormAnalysis) -> str | None:
    """The gender an attributive adjective agrees with: its noun's."""
    gender = noun.shown.get("Gender")
    if gender and len(gender) == 1:
        return gender[0]
    return None
