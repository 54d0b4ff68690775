"""Regular German word-form rules shared by the table builder and the run-time analysis.

- :data:`CELLS`: the eight case/number cells of a noun's declension table, in
  the order the noun table stores them.
- :func:`noun_lemma_candidates`: the base forms a noun form may belong to by
  regular endings (``Kriegen`` -> ``Krieg``, ``Händen`` -> ``Hand``). The
  builder stores every form this does not find as an exception, so the two
  together find the lemma of every form in the table.
- :func:`regular_comparative`, :func:`regular_superlative`: the comparison of
  an adjective by rule; the builder stores only the adjectives that differ.
- :data:`VERB_SLOTS`: the order of the forms in a verb paradigm.

Pure functions on strings; no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.memo import word_cache

#: (Case, Number) of the eight cells of a declension table, as stored.
CELLS: tuple[tuple[str, str], ...] = (
    ("Nom", "Sing"), ("Gen", "Sing"), ("Dat", "Sing"), ("Acc", "Sing"),
    ("Nom", "Plur"), ("Gen", "Plur"), ("Dat", "Plur"), ("Acc", "Plur"),
)  # fmt: skip

#: Endings a noun form may have beyond its nominative singular.
NOUN_ENDINGS = ("", "e", "n", "en", "s", "es", "er", "ern", "nen", "se", "sen", "ses", "ns", "ens")

_UMLAUT_BACK = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}


def de_umlaut(word: str) -> str:
    """``word`` with its last umlaut undone ("Händ" -> "Hand", "Bäum" -> "Baum"), or itself."""
    for k in range(len(word) - 1, -1, -1):
        back = _UMLAUT_BACK.get(word[k])
        if back is not None:
            return word[:k] + back + word[k + 1 :]
    return word


@word_cache(8192)
def noun_lemma_candidates(form: str) -> tuple[str, ...]:
    """Nominative singulars that ``form`` may be an inflected form of, by regular endings."""
    out: dict[str, None] = {}
    n = len(form)
    for ending in NOUN_ENDINGS:
        if ending and (not form.endswith(ending) or n - len(ending) < 2):
            continue
        base = form[: n - len(ending)] if ending else form
        out[base] = None
        out[de_umlaut(base)] = None
    return tuple(out)


#: Stems after which the superlative takes -est ("ältest", "kürzest", "neuest").
_EST_AFTER = ("d", "t", "s", "ß", "x", "z", "sch", "tz")


def regular_comparative(base: str) -> str:
    """``schnell`` -> ``schneller``, ``dunkel`` -> ``dunkler``, ``teuer`` -> ``teurer``."""
    if base.endswith("e"):
        return base + "r"
    if base.endswith("el") and len(base) > 3 and base[-3] != "l":
        return base[:-2] + "ler"
    if base.endswith(("euer", "auer")):
        return base[:-2] + "rer"
    return base + "er"


def regular_superlative(base: str) -> str:
    """The superlative stem: ``schnell`` -> ``schnellst``, ``alt`` -> ``altest``."""
    if base.endswith(_EST_AFTER) and not base.endswith(("end", "isch")):
        return base + "est"
    return base + "st"


#: The forms of a verb paradigm in the order the verb table stores them.
VERB_SLOTS: tuple[tuple[str, ...], ...] = (
    *(("Ind", "Pres", p, n) for n in ("Sing", "Plur") for p in ("1", "2", "3")),
    *(("Ind", "Past", p, n) for n in ("Sing", "Plur") for p in ("1", "2", "3")),
    *(("Sub", "Pres", p, n) for n in ("Sing", "Plur") for p in ("1", "2", "3")),
    *(("Sub", "Past", p, n) for n in ("Sing", "Plur") for p in ("1", "2", "3")),
    ("Part", "Past"),
    ("Imp", "2", "Sing"),
    ("Imp", "2", "Plur"),
    ("Part", "Pres"),
)


#: (ending, replacement) turning a finite verb form into its infinitive, most specific first.
_VERB_ENDINGS = (
    ("test", "en"), ("tet", "en"), ("ten", "en"), ("te", "en"), ("est", "en"), ("et", "en"),
    ("st", "en"), ("t", "en"), ("e", "en"), ("t", "n"), ("st", "n"), ("e", "n"), ("en", "en"),
)  # fmt: skip
#: Separable particles that take "-ge-" inside a participle ("an-ge-kündigt").
_PARTICIPLE_PARTICLES = (
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach",
    "vor", "weg", "zu", "zurück", "zusammen", "vorbei", "heraus", "hinaus", "herein", "dar",
)  # fmt: skip


@word_cache(8192)
def verb_infinitive_candidates(form: str) -> tuple[str, ...]:
    """Infinitives a regular verb form may belong to ("kündigte" -> kündigen,
    "angekündigt" -> ankündigen, "umstellt" -> umstellen); irregular forms come
    from the verb table."""
    low = form.lower()
    out: dict[str, None] = {}
    for ending, replacement in _VERB_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            out[low[: len(low) - len(ending)] + replacement] = None
    for particle in ("", *_PARTICIPLE_PARTICLES):
        if low.startswith(particle + "ge") and len(low) > len(particle) + 4:
            stem = low[len(particle) + 2 :]
            if stem.endswith("et"):
                out[particle + stem[:-2] + "en"] = None
            if stem.endswith("t"):
                out[particle + stem[:-1] + "en"] = None
            elif stem.endswith("en"):
                out[particle + stem] = None
    out.pop(low, None)
    return tuple(out)


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: Longer words in capitals are words set in capitals ("WELTMEISTERSCHAFT").
_MAX_ABBREVIATION = 5


def is_abbreviation(texts: Sequence[str], index: int) -> bool:
    """ "TA", "LKW", "CDU": two or more capitals and nothing lower-case, among words
    that are not all capitals themselves ("STELLT DIE VERANSTALTER ZUR REDE" is
    shouting, not abbreviations)."""
    if not _capitals(texts[index]) or len(texts[index]) > _MAX_ABBREVIATION:
        return False
    return not any(_capitals(texts[j]) for j in (index - 1, index + 1) if 0 <= j < len(texts))
