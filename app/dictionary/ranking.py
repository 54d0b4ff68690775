"""Relevance scores of dictionary senses, shared by the converter and the lookup.

The converter stores a static score per form row (:func:`form_score`): the
line's weight plus how the word relates to it (headword before plural or verb
form before sub-entry; the plain headword before "sich …" and "mit etw. …";
field labels such as [techn.], old, rare or regional register, a later
synonym). The lookup adds what depends on the query: exact surface form or
lemma, capitalisation, part of speech. Word classes travel as a bit mask.
Pure functions and constants; no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.dictionary.schema import (
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_HEAD,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
    word_set,
)

#: Field labels of specialised senses (ranked below general ones).
TECHNICAL_FIELDS = word_set(
    """techn. med. chem. bot. zool. ornith. comp. electr. constr. min. anat. textil. phys.
    math. geol. biol. mach. telco. biochem. pharm. astron. print meteo. aviat. naut. agr.
    statist. envir. arch. auto mus. ling. phil. psych. relig. cook. geogr. hist. art stud.
    school sport lit. transp. photo. phot. mil. fin. jur. adm. econ. pol. ZA. insur.
    archeol. audio. biotech. cloth. cosmet. ecol. educ. entomol. ethn. film. fish. gastr.
    gramm. her. hort. hunting. Jägersprache ichth. journ. lab. mineral. myc. myth. neuro.
    nucl. paleo. philat. prov. publ. rail. RadioTV ret. sci. sociol. sport. tax. theat.
    tourism. traffic. trade. urban. vet. weather zoo."""
)
#: Fields that are everyday vocabulary in news: no penalty in a news reader.
NEWS_FIELDS = word_set("pol. econ. mil. adm. jur. fin. geogr. transp. auto envir. constr.")
# [soc.] marks everyday social life in Ding ("sich mit jdm. treffen [soc.]"): no penalty
OLD_OR_RARE = word_set("veraltet veraltend alt selten obs. poet. Sprw. slang vulg.")
REGIONAL = word_set(
    """Ös. Schw. Bayr. Süddt. Norddt. Mitteldt. Westdt. Ostdt. Südtirol BW Tirol Lux.
    Liechtenstein Berlin Rheinl. Sächs. Schwäb. Ostös. Westös. Wien DDR"""
)
#: English register labels that make a gloss a poor first choice.
MARKED_ENGLISH = word_set("obs. archaic rare dated slang vulg. poet. dialect")

KIND_PENALTY = {
    KIND_HEAD: 0.0,
    KIND_PLURAL: 0.1,
    KIND_VERBFORM: 0.15,
    KIND_COMPARISON: 0.1,
    KIND_DECLINED: 0.6,
    KIND_SUBHEAD: 0.9,
    KIND_VARIANT: 0.5,
}
PLAIN_HEAD_BONUS = 0.4  # "rechnen" before "sich rechnen" and "mit etw. rechnen"
REFLEXIVE_PENALTY = 0.2
SYNONYM_STEP = 0.12  # per position of the headword among the line's synonyms

# query-time parts
EXACT_BONUS = 0.5  # the surface form itself beats its lemma
LEMMA_BONUS = 0.15  # the pipeline's lemma beats simplemma's
PARTICLE_LEMMA_BONUS = 1.0  # a pipeline lemma with the separable particle beats the form
FRAME_BONUS = 2.0  # "rechnet … mit": the headword "mit etw. rechnen" before "rechnen"
FRAME_STEP = 0.75  # less per preposition met before this one, after the verb
RULES_BONUS = -0.1  # a suffix-rule base form, when the word itself has no entry
CASE_MISMATCH = 0.4
POS_MATCH = 1.5
VERBAL_NOUN_PENALTY = 1.5
OTHER_FORM_PENALTY = 0.5  # "während" the preposition before the participle of "währen"
GLOSS_STEP = 0.45  # score lost per position inside one sense
FORM_GLOSS_BONUS = 0.6  # "households" first for "Haushalte" (glosses of the best sense)
HEADWORD_AFTER_FORM = 0.3  # "to excuse" after "excused", behind other senses' forms
MARKED_GLOSS_PENALTY = 1.5
LONG_GLOSS = 30  # characters; a longer gloss is an explanation rather than a translation
LONG_GLOSS_PENALTY = 0.5
VOTE = 0.35  # score gained per further sense sharing a gloss

FLAG_VERBAL_NOUN = 1  # "das Summen": a neuter noun made from an infinitive

_CLASS_NAMES = (
    "noun", "v", "vt", "vi", "vr", "adj", "adv", "prp", "conj", "art", "pron", "ppron", "num",
    "interj", "Partikel",
)  # fmt: skip
CLASS_BITS = {name: 1 << i for i, name in enumerate(_CLASS_NAMES)}
VERB_MASK = CLASS_BITS["v"] | CLASS_BITS["vt"] | CLASS_BITS["vi"] | CLASS_BITS["vr"]


def class_mask(classes: Iterable[str]) -> int:
    """Word classes ("noun", "vt", "adj" ...) as a bit mask (unknown ones ignored)."""
    mask = 0
    for name in classes:
        mask |= CLASS_BITS.get(name, 0)
    return mask


_OBJECTS = frozenset({"etw.", "jdn.", "jdm.", "jds.", "jd.", "jdn./etw.", "jdm./etw.", "etw./jdn."})


def is_plain(head_text: str, lemma: str) -> bool:
    """True when the headword is the lemma itself, perhaps with an object
    ("etw. planen"), but not reflexive or with a preposition ("sich rechnen",
    "mit etw. rechnen"), which are narrower senses."""
    if head_text == lemma:
        return True
    words = [w for w in head_text.split() if w not in _OBJECTS]
    return words == [lemma]


def form_score(
    weight: float,
    kind: int,
    alt: int,
    lemma: str,
    head_text: str,
    head_labels: Iterable[str],
    line_domains: Iterable[str],
) -> float:
    """The static score of reaching a line's headword ``head_text`` (matched as
    ``lemma``) through a form of kind ``kind``."""
    labels = set(head_labels)
    domains = set(line_domains)
    score = weight - KIND_PENALTY.get(kind, 0.5)
    fields = (labels & TECHNICAL_FIELDS) - NEWS_FIELDS  # politics, economy ... are news
    other_fields = (domains & TECHNICAL_FIELDS) - NEWS_FIELDS
    if fields:
        score -= 1.2
    elif other_fields:  # a field label on another headword of the line
        score -= 0.6
    if labels & OLD_OR_RARE:
        score -= 1.0
    elif labels & REGIONAL:
        score -= 0.7
    if kind != KIND_DECLINED:
        score -= SYNONYM_STEP * min(alt, 5)
    if kind in (KIND_HEAD, KIND_PLURAL, KIND_VERBFORM, KIND_COMPARISON):
        if is_plain(head_text, lemma):
            score += PLAIN_HEAD_BONUS
        elif head_text.startswith("sich "):
            score -= REFLEXIVE_PENALTY
    return score
