"""Static scores the converter stores: of a form row, of a Ding line, of its glosses.

:func:`form_score` is the score of reaching a line's headword through one form
(headword before plural or verb form before sub-entry; the plain headword
before "sich …" and "mit etw. …"; field labels such as [techn.], old, rare or
regional register, a later synonym). :func:`entry_weight` is a line's own
relevance and :func:`pack_glosses` orders the English glosses of a sub-entry
(position, register, length, how common their words are in Ding's English).
The query-time part of the ranking is :mod:`app.dictionary.ranking`.
Pure functions and constants; no I/O.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from app.dictionary.build.ding import Line, Term, strip_english_subject
from app.dictionary.ranking import NEWS_FIELDS
from app.dictionary.schema import (
    FS,
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_HEAD,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
    RS,
    word_set,
)

MAX_STORED_GLOSSES = 8  # per sub-entry; the hover shows at most 5

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
# [soc.] marks everyday social life in Ding ("sich mit jdm. treffen [soc.]"): no penalty
OLD_OR_RARE = word_set("veraltet veraltend alt selten obs. poet. Sprw. slang vulg.")
REGIONAL = word_set(
    """Ös. Schw. Bayr. Süddt. Norddt. Mitteldt. Westdt. Ostdt. Südtirol BW Tirol Lux.
    Liechtenstein Berlin Rheinl. Sächs. Schwäb. Ostös. Westös. Wien DDR"""
)
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

#: Register labels that make an English gloss a poor first choice when building.
MARKED_ENGLISH_BUILD = word_set(
    """obs. archaic rare dated slang vulg. poet. dialect Sc. Irl. NZ Austr. SAfr. Can.
    humor. pej. euphem. formal technical jargon becoming dated"""
)
_CONTRACTED_SUBJECT = re.compile(r"^(?:i|you|he|she|it|we|they|there)['’]", re.IGNORECASE)
_EN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_EN_STOP = word_set(
    "to a an the of sth sb one's someone something be oneself sb's in on at for with"
)
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


def english_counts(lines: Iterable[str]) -> Counter[str]:
    """How often each English word occurs on the English side (glosses and examples)."""
    counts: Counter[str] = Counter()
    for raw in lines:
        if raw.startswith("#") or " :: " not in raw:
            continue
        counts.update(_EN_WORD.findall(raw.split(" :: ", 1)[1].lower()))
    return counts


def gloss_commonness(text: str, counts: Counter[str]) -> float:
    """log10 of the rarest content word's count on the English side (0 .. ~5)."""
    words = [w for w in _EN_WORD.findall(text.lower()) if w not in _EN_STOP]
    if not words:
        return 3.0
    return min(math.log10(counts.get(w, 0) + 1) for w in words)


def gloss_penalty(term: Term, index: int, counts: Counter[str]) -> float:
    """Lower is better: position, marked register, length and rarity of a gloss."""
    penalty = index * 0.35
    if any(label in MARKED_ENGLISH_BUILD for label in term.labels):
        penalty += 2.0
    words = term.text.split()
    content = [w for w in words if w.lower() not in {"to", "a", "an", "the"}]
    if len(content) > 3:
        penalty += 0.6 * (len(content) - 3)
    if term.text.endswith(("!", "?", ".")) and len(words) > 2:
        penalty += 2.0
    penalty += max(0.0, 2.0 - gloss_commonness(term.text, counts)) * 0.6
    return penalty


def pack_glosses(
    terms: Iterable[Term], counts: Counter[str], strip_subject_pronoun: bool = False
) -> tuple[str, float]:
    """Glosses of a sub-entry, best first, packed; and the commonness of the best."""
    ranked: list[tuple[float, int, str, str, str]] = []
    seen: set[str] = set()
    for index, term in enumerate(terms):
        text = term.text
        if strip_subject_pronoun:
            text = strip_english_subject(text)
            if _CONTRACTED_SUBJECT.match(text):  # "he’s", "I’ll": no use without the subject
                continue
        text = text.strip(" ,;")
        if not text or text.casefold() in seen or text.startswith(("'", "’")):
            continue
        seen.add(text.casefold())
        notes = list(term.comments) + [m for m in term.markers if not m.startswith("+")]
        ranked.append(
            (gloss_penalty(term, index, counts), index, text, ", ".join(term.labels),
             "; ".join(notes))
        )  # fmt: skip
    ranked.sort(key=lambda r: (r[0], r[1]))
    ranked = ranked[:MAX_STORED_GLOSSES]
    packed = RS.join(FS.join((text, labels, notes)) for _p, _i, text, labels, notes in ranked)
    best = gloss_commonness(ranked[0][2], counts) if ranked else 0.0
    return packed, best


def entry_weight(line: Line, best_commonness: float, supplement: bool) -> float:
    """Static relevance of a Ding line (higher is better), refined at lookup time."""
    main = line.german[0]
    weight = min(math.log2(len(line.german)), 3.0) * 0.25
    if len(main) == 1:
        weight += 0.3
    if any("art" in term.word_classes for term in main):
        weight += 0.8  # "der" is an article far more often than a pronoun
    if any(term.comments for term in main):
        weight -= 0.3
    weight += min(best_commonness, 3.0) * 0.5
    english = line.english[0] if line.english else ()
    if english and any(label in MARKED_ENGLISH_BUILD for label in english[0].labels):
        weight -= 0.5
    if supplement:
        weight += 2.0
    return round(weight, 3)
