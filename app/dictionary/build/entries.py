"""One Ding line -> one stored entry: its headwords, glosses and the forms leading to it.

A form row is written for every single word that reaches the entry: headwords
with "sich", "etw.", "jdn." ... stripped, plurals (``{pl}`` sub-entries, aligned
to their singular), verb forms (participles, "er/sie/es wird", preterite),
comparison forms ("besser", "am besten"), declined articles and pronouns
("der {art} (des; dem; den)"), search variants ``<...>``, and words that head a
later sub-entry of their own. Pure functions on parsed lines; no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from app.dictionary.build.ding import (
    VERB_MARKERS,
    Line,
    Term,
    ending_variants,
    is_word,
    matching_key,
    strip_subject,
)
from app.dictionary.build.scores import TECHNICAL_FIELDS, entry_weight, form_score, pack_glosses
from app.dictionary.ranking import FLAG_VERBAL_NOUN, class_mask
from app.dictionary.schema import (
    FS,
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_HEAD,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
)

#: (word, sub-entry, alternative, kind) before scoring.
Form = tuple[str, int, int, int]


@dataclass(slots=True)
class Head:
    """A German word of a sub-entry as stored: display text and annotations."""

    text: str
    gender: str = ""
    plural: str = ""
    labels: str = ""
    comments: str = ""

    def pack(self) -> str:
        return FS.join((self.text, self.gender, self.plural, self.labels, self.comments))


@dataclass(frozen=True, slots=True)
class FormRow:
    """A word leading to an entry, with its static score (in hundredths)."""

    key: str
    sub: int
    alt: int
    kind: int
    score: int
    classes: int
    flags: int
    lemma: str | None


@dataclass(slots=True)
class Entry:
    heads: list[Head]
    glosses: str
    classes: str
    domains: str
    weight: float
    subs: dict[int, tuple[list[Head], str]] = field(default_factory=dict)
    forms: list[FormRow] = field(default_factory=list)


# ---------------------------------------------------------------------- alignment


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


_UMLAUTS = str.maketrans("äöüÄÖÜ", "aouAOU")
#: What a plural adds after the shared stem (Haus-er, Muse-en, Koreanerin-nen, Firm-en).
_PLURAL_ENDINGS = frozenset(
    ["", "e", "n", "en", "er", "ern", "s", "es", "se", "nen", "ien", "ten", "a", "i", "ta"]
)


def align(form_index: int, form: str, forms_count: int, heads: list[Term]) -> int | None:
    """Index of the headword a plural or verb form in a later sub-entry belongs to.

    Same number of alternatives: by position. Otherwise the headword the form
    extends by an inflection ending (umlauts ignored: Haus -> Häuser), or the
    only headword.
    """
    plain_form = form.translate(_UMLAUTS).lower()
    if forms_count == len(heads):
        head = heads[form_index]
        # trust the order, but not "Fotograf | Foto {pl}": a plural is not shorter
        if len(form) >= len(matching_key(head.text) or head.text) - 2:
            return form_index
        return None
    for i, head in enumerate(heads):
        key = (matching_key(head.text) or head.text).translate(_UMLAUTS).lower()
        shared = _common_prefix(key, plain_form)
        if shared >= len(key) - 2 and plain_form[shared:] in _PLURAL_ENDINGS:
            return i
    if len(heads) == 1:
        return 0
    return None


def align_verb(form_index: int, form: str, forms_count: int, heads: list[Term]) -> int:
    """Index of the verb a participle or conjugated form belongs to: by position
    when the counts match, else the verb whose stem starts the form
    ("plant" -> planen), else the first verb (Ding lists the main one first)."""
    if forms_count == len(heads):
        return form_index
    lower = form.lower()
    for i, head in enumerate(heads):
        key = (matching_key(head.text) or head.text).lower()
        stem = key[:-2] if key.endswith("en") else key[:-1]
        if len(stem) >= 3 and (lower.startswith(stem) or lower.startswith("ge" + stem)):
            return i
    return 0


def _head(term: Term, plural: str = "") -> Head:
    gender = term.gender or ""
    return Head(term.text, gender, plural, ", ".join(term.labels), "; ".join(term.comments))


# ------------------------------------------------------------------------ entries


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the main sub-entry says about the line's words."""

    classes: frozenset[str]
    is_verb: bool
    is_noun: bool
    is_adjective: bool
    declines: bool  # articles, pronouns and numerals list their declined forms
    verb_table: bool  # a conjugation table follows (sub-entry 1 holds present participles)
    comparison: bool  # "gut {adj} | besser | am besten"

    @staticmethod
    def of(line: Line) -> _Shape:
        main = line.german[0]
        classes: set[str] = set()
        for term in main:
            classes |= {c.split()[0] for c in term.word_classes}
            if term.gender:
                classes.add("noun")
        is_verb = bool(classes & VERB_MARKERS)
        is_noun = "noun" in classes
        is_adjective = bool(classes & {"adj", "adv"}) and not is_verb and not is_noun
        subs = line.german
        verb_table = (
            is_verb
            and len(subs) > 1
            and all((matching_key(t.text) or "").endswith("nd") for t in subs[1])
        )
        comparison = (
            is_adjective
            and len(subs) > 2
            and all(" " not in t.text and t.text.endswith("er") for t in subs[1])
            and all(t.text.startswith("am ") for t in subs[2])
        )
        return _Shape(
            frozenset(classes), is_verb, is_noun, is_adjective,
            bool(classes & {"art", "pron", "ppron", "num"}), verb_table, comparison,
        )  # fmt: skip


def line_to_entry(line: Line, counts: Counter[str], supplement: bool = False) -> Entry | None:
    """The stored entry of one Ding line, or None when no single word reaches it."""
    main = line.german[0]
    shape = _Shape.of(line)
    english = line.english
    glosses, best = pack_glosses(english[0] if english else (), counts)
    if not glosses and len(english) > 1:  # "schade {adj} ... ::  | What a pity!"
        glosses, best = pack_glosses(english[1], counts)
        best -= 1.0
    plurals: dict[int, str] = {}
    forms = _main_forms(main, shape.declines)
    subs: dict[int, tuple[list[Head], str]] = {}
    for sub_index in range(1, len(line.german)):
        sub_heads, sub_forms, stripped = _sub_forms(line, sub_index, shape, plurals)
        forms += sub_forms
        if stripped is not None:
            sub_english = english[sub_index] if sub_index < len(english) else ()
            sub_glosses, _ = pack_glosses(sub_english, counts, strip_subject_pronoun=bool(stripped))
            subs[sub_index] = (sub_heads, sub_glosses)
    if not forms:
        return None
    domains = sorted({label for t in main for label in t.labels if label in TECHNICAL_FIELDS})
    weight = entry_weight(line, best, supplement)
    return Entry(
        heads=[_head(term, plurals.get(alt, "")) for alt, term in enumerate(main)],
        glosses=glosses,
        classes=" ".join(sorted(shape.classes)),
        domains=", ".join(domains),
        weight=weight,
        subs=subs,
        forms=_form_rows(line, forms, weight, class_mask(shape.classes), domains),
    )


def _main_forms(main: tuple[Term, ...], declines: bool) -> list[Form]:
    """The words leading to the headwords of the main sub-entry."""
    forms: list[Form] = []
    for alt, term in enumerate(main):
        key = matching_key(term.text)
        if key:
            forms.append((key, 0, alt, KIND_HEAD))
            for other in ending_variants(term.text):  # "sogenannte/r/s"
                forms.append((other, 0, alt, KIND_VARIANT))
        for variant in term.variants:
            vkey = matching_key(variant)
            if vkey and vkey != key:
                forms.append((vkey, 0, alt, KIND_VARIANT))
        for abbreviation in term.abbreviations:
            akey = abbreviation.rstrip(".")
            if akey != key and is_word(akey) and "." not in akey:
                forms.append((akey, 0, alt, KIND_VARIANT))
        if declines:
            for comment in term.comments:
                for piece in re.split(r"[;,]\s*", comment):
                    piece = piece.strip()
                    if piece != key and is_word(piece) and " " not in piece:
                        forms.append((piece, 0, 0, KIND_DECLINED))
    return forms


def _sub_forms(
    line: Line, sub_index: int, shape: _Shape, plurals: dict[int, str]
) -> tuple[list[Head], list[Form], bool | None]:
    """The headwords of a later sub-entry, the forms leading to it, and whether a
    subject pronoun was stripped (None: no word of the sub-entry is a form)."""
    main = line.german[0]
    sub = line.german[sub_index]
    all_plural = bool(sub) and all(t.gender == "pl" for t in sub)
    used = False
    stripped_any = False
    heads: list[Head] = []
    forms: list[Form] = []
    for alt, term in enumerate(sub):
        heads.append(_head(term))
        text, stripped = (term.text, False)
        if shape.is_verb:
            text, stripped = strip_subject(term.text)
            stripped_any = stripped_any or stripped
        if shape.comparison and sub_index == 2:
            text = text[3:]
        key = matching_key(text)
        if not key:
            continue
        used = True
        if shape.is_noun and all_plural:
            target = align(alt, key, len(sub), list(main))
            if target is not None and main[target].gender and main[target].gender != "pl":
                plurals.setdefault(target, key)
                forms.append((key, sub_index, target, KIND_PLURAL))
                continue
            if any((matching_key(h.text) or "").startswith(key) for h in main):
                continue  # "Fotograf … | Foto {pl}": a slip in the data, not a word
        verb_form = stripped or (shape.verb_table and sub_index <= 4)
        if shape.is_verb and verb_form and not term.gender:
            forms.append(
                (key, sub_index, align_verb(alt, key, len(sub), list(main)), KIND_VERBFORM)
            )
            continue
        if shape.comparison and sub_index <= 2:
            forms.append((key, sub_index, 0, KIND_COMPARISON))
            continue
        forms.append((key, sub_index, alt, KIND_SUBHEAD))
        for variant in term.variants:
            vkey = matching_key(variant)
            if vkey and vkey != key:
                forms.append((vkey, sub_index, alt, KIND_VARIANT))
    return heads, forms, (stripped_any if used else None)


def _form_rows(
    line: Line, forms: list[Form], weight: float, mask: int, domains: list[str]
) -> list[FormRow]:
    """Score the forms; a form of a sub-head takes that word's own classes."""
    main = line.german[0]
    # a field label after the last headword usually covers the whole line
    # ("wesentlich; erheblich; grundlegend [jur.]")
    trailing = {label for label in main[-1].labels if label in TECHNICAL_FIELDS}
    trailing = trailing if len(main) > 1 else set()
    rows: list[FormRow] = []
    for key, sub_index, alt, kind in forms:
        if kind in (KIND_SUBHEAD, KIND_VARIANT) and sub_index:
            term = line.german[sub_index][alt]
            own = {c.split()[0] for c in term.word_classes} | ({"noun"} if term.gender else set())
            row_mask = class_mask(own) or mask
        else:
            term = main[0] if kind == KIND_DECLINED else main[alt]
            row_mask = mask
        lemma = matching_key(term.text) or key
        labels = set(term.labels) | (trailing if kind != KIND_SUBHEAD else set())
        score = form_score(weight, kind, alt, lemma, term.text, labels, domains)
        verbal_noun = (
            kind == KIND_HEAD
            and term.gender == "n"
            and key[:1].isupper()
            and key.endswith(("en", "ern", "eln"))
        )
        rows.append(
            FormRow(key, sub_index, alt, kind, round(score * 100), row_mask,
                    FLAG_VERBAL_NOUN if verbal_noun else 0, None if lemma == key else lemma)
        )  # fmt: skip
    return rows
