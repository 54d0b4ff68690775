"""What a noun form is by itself: lemma, gender, plural and the cells it can fill.

Looked up in the noun table (german-nouns / Wiktionary) through the regular
ending rules and the stored exceptions; then, for words the table lacks:

- hyphenated and closed compounds take their head's table ("US-Wahl" -> Wahl,
  "Angriffskrieges" -> Krieg, genitive singular; the modifier stays in front:
  lemma "Angriffskrieg", plural "Angriffskriege");
- feminine "-in" nouns come from their masculine noun ("Gouverneurin" ->
  Gouverneur: die Gouverneurin, plural Gouverneurinnen);
- adjectival nouns ("der Beamte", "ein Beamter", "die Beamten") take their
  endings like adjectives; their lemma is the form after the definite article
  ("Beamte", also "US-Beamte"), as dictionaries list them;
- a capitalised word that is none of these and unknown to the dictionary is a
  name or an abbreviation ("Peskow"), never an invented noun.

No context here (see :mod:`app.morphology.phrase`); no Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.core.memo import word_cache
from app.core.wordfreq_data import zipf_table
from app.morphology.adjectives import listed_base, read_adjective
from app.morphology.agreement import (
    ALL_BUNDLES,
    GENDER_OF,
    Bundle,
    bundles_of_ending,
    noun_bundles,
)
from app.morphology.forms import de_umlaut, noun_lemma_candidates
from app.morphology.lexicon import (
    NounEntry,
    adjective_comparison,
    is_plain_noun,
    is_verb,
    noun_entries,
    noun_exception_lemmas,
)

#: Kinds of reading.
NOUN = "noun"
ADJECTIVAL = "adjectival"
PLACE = "place"
NAME = "name"  # a name or abbreviation nothing else explains
UNKNOWN = "unknown"  # a word the dictionary knows, without a declension table

_ADJECTIVE_ENDINGS = ("en", "er", "em", "es", "e")
#: Prepositions, particles and bound first parts that start compounds ("Mitfahrt",
#: "Rückkehr", "Hauptstadt").
_PREFIX_MODIFIERS = frozenset(
    {
        "ab", "an", "auf", "aus", "bei", "durch", "ein", "gegen", "hinter", "mit", "nach",
        "neben", "über", "um", "unter", "vor", "wider", "zu", "zwischen", "rück", "haupt",
        "ober", "mittel", "nord", "süd", "ost", "west", "gesamt", "bundes", "landes", "stadt",
        "welt", "euro", "ex", "vize", "anti", "pro", "multi", "mega", "mini", "super", "top",
        "bio", "öko", "geo", "innen", "außen", "außer", "fern", "nah", "sonder", "grund",
        "miss", "fehl", "erz", "ur", "un", "teil", "voll", "selbst", "eigen", "fremd", "neu",
        "alt", "groß", "klein", "hoch", "tief", "billig", "mehr", "zusatz", "weiter",
    }
)  # fmt: skip
_MIN_PART = 3

#: Last parts of place names ("Russland", "Brandenburg", "Düsseldorf").
PLACE_HEADS = frozenset(
    {"Land", "Burg", "Berg", "Dorf", "Stadt", "Hausen", "Heim", "Feld", "Furt", "Brück",
     "Brücken", "Bach", "Hafen", "See", "Tal", "Au", "Wald", "Stein", "Hof", "Kirchen",
     "Münster", "Horn", "Haus", "Hall", "Ried", "Moor", "Eck", "Rode", "Insel", "Reich"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NounReading:
    """A noun form read by itself."""

    lemma: str
    genders: str  # "m", "f", "n", several, or "" (plural-only or unknown)
    bundles: frozenset[Bundle]  # (Case, Number, Gender, declension) the form allows
    plural: str | None
    kind: str
    head: str = ""  # the head noun a compound was read through
    #: Readings of other lemmas the form also fits ("Fällen": Fall, dative plural,
    #: or the verbal noun das Fällen); the phrase decides between them.
    others: tuple[NounReading, ...] = ()

    @property
    def known(self) -> bool:
        return self.kind in (NOUN, ADJECTIVAL, PLACE)


def _entry_bundles(entry: NounEntry, form: str) -> frozenset[Bundle]:
    genders = tuple(GENDER_OF[g] for g in entry.genders)
    bundles = noun_bundles(entry.cells_of(form), genders)
    if form in entry.archaic_dative:
        # the old dative stands after an article ("im Sinne") or in "nach/zu Hause"
        old = noun_bundles([("Dat", "Sing")], genders)
        bundles |= frozenset(b for b in old if b[3] != "none" or form == "Hause")
    if _bare_dative(entry, form):
        bundles |= noun_bundles([("Dat", "Sing")], genders)
    if _plain_plural(entry, form) or (
        form == entry.lemma + "n" and entry.genders == "m" and _weak_in_use(entry.lemma)
    ):
        bundles |= noun_bundles([(c, "Plur") for c in ("Nom", "Acc", "Dat", "Gen")], genders)
    elif form == entry.lemma and entry.genders == "m" and _weak_in_use(entry.lemma):
        # the bare singular of a weak noun the table declines strongly ("der Milchbauer")
        bundles = frozenset(b for b in bundles if b[1] == "Sing")
    return bundles


def _plain_plural(entry: NounEntry, form: str) -> bool:
    """A masculine in "-agen"/"-ogen" whose table gives only the umlauted plural
    ("Wägen", "Bögen", "Krägen": southern variants): the standard plural is the
    singular's form ("die Rettungswagen fahren"), so the form is also plural."""
    if entry.genders != "m" or len(entry.cells) < 8 or not form.endswith(("agen", "ogen")):
        return False
    if form not in entry.cells[0] or len(noun_entries(entry.lemma)) != 1:
        return False  # not a lemma the table also lists otherwise (der Hagen, "Hagens")
    umlauted = form[:-4] + ("ägen" if form.endswith("agen") else "ögen")
    return all(cell == (umlauted,) for cell in entry.cells[4:8])


def _shown_plural(entries: list[NounEntry], form: str) -> str | None:
    """The nominative plural a card shows for ``entries`` read from ``form``: the
    variant the text itself uses where the table lists several ("Fachleute", not the
    rarer "Fachmänner"; "Worte", not "Wörter"), the singular's form for a masculine in
    "-agen"/"-ogen" whose table gives only the southern umlauted plural ("die
    Kinderwagen", not "Kinderwägen", see :func:`_plain_plural`), else the table's first."""
    tables = [e for e in entries if not e.adjectival and len(e.cells) == 8]
    singular = any(form in cell for e in tables for cell in e.cells[:4]) or any(
        form in e.archaic_dative for e in tables
    )
    variant = None if singular else _variant(tables, form)
    if variant:
        return variant
    for entry in entries:
        if _plain_plural(entry, entry.lemma):
            return entry.lemma
    first = next((p for e in entries if (p := e.plural())), None)
    if first is not None and first == entries[0].lemma and _weak_in_use(first):
        return first + "n"
    return first


#: How much more frequent (Zipf) the form in "-n" must be than the bare singular of a
#: table noun in "-er" whose plural is spelt like it, for the "-n" plural to be shown.
_WEAK_MORE_COMMON = 0.5


def _weak_in_use(lemma: str) -> bool:
    """A compound in "-er" the table declines strongly (plural = singular) whose head also
    declines weakly, where the form in "-n" is far more common than the singular: the
    text's plural is the weak one ("Milchbauer": die Milchbauern, as "der Bauer", not
    the cage's "Bauer"; "Autobauer", more common than "Autobauern", keeps its plural)."""
    if not lemma.endswith("er") or is_plain_noun(lemma + "n"):
        return False
    head = _plural_head(lemma, lemma + "n")
    if head is None:
        return False
    words = zipf_table("de", "large", _RARE_FLOOR)
    return (
        words.get(lemma.casefold() + "n", 0.0)
        >= words.get(lemma.casefold(), _RARE_FLOOR) + _WEAK_MORE_COMMON
    )


def plural_variant(lemma: str, form: str, genders: tuple[str, ...] = ()) -> str | None:
    """The nominative plural variant of ``lemma`` that ``form``, read as a plural, is
    ("Worte" and "Worten": Worte, where the table's first plural is "Wörter"), or None
    when ``form`` is none of its plural variants. For a form that is also a singular
    ("Worte": the old dative) only the phrase can tell: the caller reads its number.
    ``genders`` (UD values the card shows) keeps the tables of those genders only ("die
    Vergnügungssteuer": not das Steuer's plural "Steuer"). A compound the table lacks
    takes its head's variant ("Kunststoffpartikel" of das Partikel, not die Partikel's
    "Partikeln")."""

    def usable(entries: tuple[NounEntry, ...]) -> list[NounEntry]:
        return [
            e
            for e in entries
            if not e.adjectival
            and len(e.cells) == 8
            and (not genders or any(GENDER_OF[g] in genders for g in e.genders))
        ]

    tables = usable(noun_entries(lemma))
    if noun_entries(lemma) or not lemma[:1].isupper():
        return _variant(tables, form)
    for i, head in _compound_heads(lemma):  # the longest head only
        if not form.startswith(lemma[:i]):
            return None
        rest = form[i:]
        found = _variant(usable(noun_entries(head)), rest[:1].upper() + rest[1:])
        if found is None:
            return None
        return lemma[:i] + (found if lemma[i].isupper() else found[0].lower() + found[1:])
    return None


def _variant(tables: list[NounEntry], form: str) -> str | None:
    """The nominative plural among ``tables`` (entries with full tables) that ``form`` is
    or is the dative of, the longest first; None when ``form`` is no plural of them."""
    plurals = [cell for e in tables for cell in e.cells[4:8]]
    for variant in sorted((p for e in tables for p in e.cells[4]), key=len, reverse=True):
        if form in (variant, variant + "n") and any(form in c for c in plurals):
            if variant == tables[0].lemma and _weak_in_use(variant):
                return variant + "n"  # "Milchbauern", not the table's "Milchbauer"
            return variant
    return None


def _bare_dative(entry: NounEntry, form: str) -> bool:
    """A masculine or neuter entry whose table gives only the old dative in "-e" ("dem
    Bunde" of der Bund): today's dative is the nominative ("vom Bund"), which must not
    leave only the other gender's entry (das Bund, the bundle) to fit."""
    if not entry.genders or set(entry.genders) - {"m", "n"} or len(entry.cells) < 3:
        return False
    nominative, dative = entry.cells[0], entry.cells[2]
    return form in nominative and bool(dative) and all(d == form + "e" for d in dative)


def _adjectival(form: str) -> list[tuple[NounEntry, frozenset[Bundle]]]:
    """Adjectival-noun readings of ``form`` ("Beamten" -> Beamte, any ending)."""
    out = []
    for ending in _ADJECTIVE_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            lemma = form[: len(form) - len(ending)] + "e"
            for entry in noun_entries(lemma):
                if entry.adjectival:
                    genders = tuple(GENDER_OF[g] for g in entry.genders) or ("Masc", "Fem")
                    out.append((entry, bundles_of_ending(ending, genders)))
    return out


def _table_readings(form: str, hint: str = "") -> list[NounReading]:
    """Readings of ``form`` straight from the noun table."""
    lemmas = dict.fromkeys(noun_lemma_candidates(form))
    lemmas.update(dict.fromkeys(noun_exception_lemmas(form)))
    if hint and hint[:1].isupper():
        lemmas[hint] = None
    # a lemma that is a noun and an adjective used as a noun ("das Deutsche", the
    # language; "der/die Deutsche", a person) gives two readings: the phrase decides
    # ("viele Deutsche": plural, the person; "im Deutschen": the language)
    by_lemma: dict[tuple[str, bool], list[tuple[NounEntry, frozenset[Bundle]]]] = {}
    for lemma in lemmas:
        for entry in noun_entries(lemma):
            if entry.adjectival:
                continue
            bundles = _entry_bundles(entry, form)
            if bundles:
                by_lemma.setdefault((lemma, False), []).append((entry, bundles))
    for entry, bundles in _adjectival(form):
        by_lemma.setdefault((entry.lemma, True), []).append((entry, bundles))
    out = []
    for (lemma, _), found in by_lemma.items():
        entries = [e for e, _ in found]
        genders = "".join(g for g in "mfn" if any(g in e.genders for e in entries))
        bundles = frozenset().union(*(b for _, b in found))
        kind = (
            ADJECTIVAL
            if entries[0].adjectival
            else (PLACE if all(e.place for e in entries) else NOUN)
        )
        plural = _shown_plural(entries, form)
        out.append(NounReading(lemma, genders, bundles, plural, kind))
        if kind == ADJECTIVAL and genders == "m":
            # a person named by an adjective is a man or a woman ("der/die Betroffene"),
            # though the table lists only "der": the feminine is read where the phrase
            # shows it ("einer Achtzehnjährigen": die), the table's gender elsewhere
            feminine = _adjectival_cells(form, lemma, "Fem")
            if feminine:
                out.append(NounReading(lemma, "f", feminine, plural, kind))
        if kind == ADJECTIVAL and "n" not in genders and read_adjective(lemma.lower()):
            # an adjective used as a noun names a thing after a neuter article ("das
            # Unbekannte", the unknown), though the table lists the person ("der
            # Unbekannte"): the neuter is read where the phrase shows it, after the
            # table's genders (not for a noun of no adjective: "Beamte")
            neuter = _adjectival_cells(form, lemma, "Neut")
            if neuter:
                out.append(NounReading(lemma, "n", neuter, plural, kind))
    return out


def _adjectival_cells(form: str, lemma: str, gender: str) -> frozenset[Bundle]:
    """The cells of ``gender`` in which ``form`` is the adjectival noun ``lemma`` ("-e"
    lemma + an adjective's ending)."""
    return frozenset().union(
        *(bundles_of_ending(e, (gender,)) for e in _ADJECTIVE_ENDINGS if form == lemma[:-1] + e)
    )


def _pick(
    readings: list[NounReading], form: str, hint: str, plural_first: bool = False
) -> NounReading | None:
    """The most likely reading, with the others attached: the lemma the pipeline
    named, else one with a singular ("Fachleute": Fachmann, not a plural-only
    noun), else the form itself as lemma, else the longest lemma."""
    if not readings:
        return None
    if len(readings) == 1:
        return readings[0]
    if hint:
        hint = _common_lemma(readings, form, hint)
    elif plural_first:
        hint = _plural_before_verbal(readings, form)
    if not any(r.lemma == hint for r in readings):
        hint = _far_more_common(readings) or hint

    lemmas = {r.lemma for r in readings}

    def rank(r: NounReading) -> tuple[bool, bool, bool, bool, int]:
        return (
            not (hint and r.lemma == hint),
            # a Latin spelling in "-us" of another reading's lemma is its dated variant
            # ("Kurse": der Kurs, not der Kursus)
            r.lemma.endswith("us") and r.lemma[:-2] in lemmas,
            r.kind == NOUN and not r.genders,
            r.lemma != form,
            -len(r.lemma),
        )

    ordered = sorted(readings, key=rank)
    first = ordered[0]
    return NounReading(
        first.lemma, first.genders, first.bundles, first.plural, first.kind, first.head,
        tuple(ordered[1:]),
    )  # fmt: skip


#: Zipf (small list) of a common noun whose plural goes before a plural-only place.
_COMMON_SINGULAR = 4.0
#: How much more frequent (wordfreq Zipf) another lemma of a form must be than the
#: pipeline's to go before it.
_MORE_COMMON = 1.0
#: ... and a singular lemma spelt as the form, than the pipeline's lemma whose plural the
#: form would be (the form's own frequency counts that plural too, hence the margin).
_FORM_MORE_COMMON = 0.5


def _far_more_common(readings: list[NounReading]) -> str:
    """The lemma of the readings far more common than each other one ("Taten": die Tat,
    Zipf 5.0, not der Tate, 3.2), when every lemma is in the word list; else ""."""
    words = zipf_table("de", "small")
    ranked = []
    for reading in readings:
        zipf = words.get(reading.lemma.lower())
        if zipf is None:
            return ""
        ranked.append((zipf, reading.lemma))
    ranked.sort(reverse=True)
    best, lemma = ranked[0]
    others = [z for z, other in ranked[1:] if other != lemma]
    if not others or best - max(others) < _MORE_COMMON:
        return ""
    return lemma


def _common_lemma(readings: list[NounReading], form: str, hint: str) -> str:
    """The pipeline's lemma, unless another table noun the form belongs to is far more
    common ("Typen": der Typ, Zipf 5.0, not the printer's die Type, 3.7). A lemma
    spelt as the form itself is not counted: its frequency is the other's plural too
    ("Scherben": die Scherbe, not the regional der Scherben); nor is a pipeline's lemma
    missing from the word list (its rank is unknown)."""
    if not any(r.lemma == hint for r in readings):
        return hint
    words = zipf_table("de", "small")
    hinted_place = next((r for r in readings if r.lemma == hint), None)
    if hinted_place is not None and hinted_place.kind == PLACE and not hinted_place.genders:
        # a plural-only place spelt as the plural of a common noun ("Marken": die Marke,
        # not the Italian region; "Alpen" stays, die Alpe is rare)
        common = [
            r.lemma
            for r in readings
            if r.kind == NOUN
            and r.genders
            and r.lemma != form
            and words.get(r.lemma.lower(), 0.0) >= _COMMON_SINGULAR
        ]
        if common:
            return max(common, key=len)  # the longest, as :func:`_pick` ranks them
    base = words.get(hint.lower(), 0.0)
    if not base or hint == form:
        # nothing known of the pipeline's lemma ("Germane"), or it is spelt as the form
        # and counts the other's plural too ("Montage": die Montage or Montag): no
        # comparison
        return hint
    own = next((r for r in readings if r.lemma == form and r.kind == NOUN and r.genders), None)
    hinted = next(r for r in readings if r.lemma == hint)
    if (
        own is not None
        and any(b[1] == "Sing" for b in own.bundles)
        and any(b[1] == "Plur" for b in hinted.bundles)
        and words.get(form.lower(), 0.0) >= base + _FORM_MORE_COMMON
    ):
        # the form is a singular noun of its own far more common than the pipeline's
        # lemma, of which it would be the plural ("Quelle", Zipf 4.8: die Quelle, not
        # the plural of der Quell, 3.2; "Halle", not der Hall); "Rechte", "Worte" are
        # rarer than "Recht", "Wort" and stay their plurals
        return form
    best = max(
        (r for r in readings if r.kind == NOUN and r.genders and r.lemma != form),
        key=lambda r: words.get(r.lemma.lower(), 0.0),
        default=None,
    )
    if best is not None and words.get(best.lemma.lower(), 0.0) >= base + _MORE_COMMON:
        return best.lemma
    return hint


def _plural_before_verbal(readings: list[NounReading], form: str) -> str:
    """The head of a compound with a known first part ("Ermittlerkreisen"): a plural
    of a table noun at least as common as the infinitive used as a noun of the same form
    goes first ("Kreisen": der Kreis, dative plural, not das Kreisen; "Computerspielen":
    das Spiel). An infinitive noun far more common than the other lemma stays ("Essen",
    not the plural of die Esse)."""
    if not is_verb(form.lower()) or not any(r.lemma == form for r in readings):
        return ""
    words = zipf_table("de", "small")
    own = words.get(form.lower(), 0.0)
    for r in readings:
        if (
            r.kind == NOUN
            and r.lemma != form
            and r.genders
            and all(b[1] == "Plur" for b in r.bundles)
            and words.get(r.lemma.lower(), 0.0) >= own
        ):
            return r.lemma
    return ""


def _feminine(form: str) -> NounReading | None:
    """ "Gouverneurin(nen)" from the masculine "Gouverneur", "Ärztin" from "Arzt"."""
    if form.endswith("innen"):
        stem, number = form[:-5], "Plur"
    elif form.endswith("in"):
        stem, number = form[:-2], "Sing"
    else:
        return None
    if len(stem) < _MIN_PART:
        return None
    for masculine in dict.fromkeys((stem, de_umlaut(stem), stem + "e")):
        if any("m" in e.genders and not e.adjectival for e in noun_entries(masculine)):
            lemma = stem + "in"
            cells = [(c, number) for c in ("Nom", "Acc", "Dat", "Gen")]
            return NounReading(lemma, "f", noun_bundles(cells, ("Fem",)), lemma + "nen", NOUN)
    return None


def _simple(form: str, hint: str = "", plural_first: bool = False) -> NounReading | None:
    return _pick(_table_readings(form, hint), form, hint, plural_first) or _feminine(form)


def _modifier_ok(modifier: str) -> bool:
    """Is ``modifier`` a plausible first part of a compound (a noun, with or without
    a linking element, an adjective, or a verb stem)?"""
    low = modifier.lower()
    capital = modifier[:1].upper() + modifier[1:]
    for link in ("", "s", "es", "n", "en", "er", "e", "ns"):
        if link and not capital.endswith(link):
            continue
        base = capital[: len(capital) - len(link)] if link else capital
        if len(base) >= 2 and (noun_entries(base) or noun_entries(base + "e")):
            return True
    if low in _PREFIX_MODIFIERS or adjective_comparison(low) is not None:
        return True
    return is_verb(low + "en") or is_verb(low + "n")


def _compound(form: str, hint: str = "") -> NounReading | None:
    """A closed compound (:func:`_split_compound`), unless a longer head is an agent
    noun the table lacks, a verb's stem + "-er" (:func:`agent_noun`), whose stem the
    split cuts: "Gestalter" is der Gestalter (gestalten), not "Gest" + das Alter;
    "Mediengestalter" is "Medien" + der Gestalter. The whole word may be one only where
    a split reads it as a noun anyway (a name in "-er" is no agent noun: "Kramer")."""
    reading = _split_compound(form, hint)
    if reading is None or not reading.head:
        return reading
    if reading.plural and reading.plural != reading.lemma and form.startswith(reading.plural):
        return reading  # "Nachbilder": das Nachbild's plural, no agent noun of nachbilden
    split = len(reading.lemma) - len(reading.head)  # where the split's head starts
    for k in (0, *range(_MIN_PART, split)):
        agent = agent_noun(form[k : k + 1].upper() + form[k + 1 :])
        if agent is not None:
            return _with_prefix(agent, form[:k], join="") if k else agent
    return reading


#: Nouns spelt as an adjective's suffix + an ending, no head of a compound
#: ("Provinzialrömische": the adjective provinzialrömisch, not "Provinzialröm" + die Ische).
_SUFFIX_HEADS = frozenset({"Ische"})


def _split_compound(form: str, hint: str = "") -> NounReading | None:
    """A closed compound read through its longest known head ("Angriffskrieges"). A
    split whose first part is a known word goes before one with an unknown first part
    ("Pflege" + "Hilfe", not "Pfle" + "Gehilfe"); a two-letter first part must be a
    noun ("Öl" + "Bremse"); an infinitive used as a noun heads one too ("Feuer" +
    "Löschen": das Feuerlöschen). The pipeline's lemma (``hint``) of the whole word
    names its head's lemma where a head form fits two ("Geburtskliniken": die
    Geburtsklinik, as the pipeline says, not das Geburtsklinikum)."""
    unknown_first: NounReading | None = None
    for k in range(_MIN_PART - 1, len(form) - _MIN_PART + 1):
        head_text = form[k:]
        head = head_text[:1].upper() + head_text[1:]
        modifier = form[:k]
        if k < _MIN_PART and not _noun_modifier(modifier):
            continue
        reading = _simple(head)
        if reading is None or not reading.known or reading.lemma in _SUFFIX_HEADS:
            continue
        if len(head) < 4 and not (len(modifier) >= 4 and _modifier_ok(modifier)):
            continue
        known = _modifier_ok(modifier) or _split_compound(modifier[:1].upper() + modifier[1:])
        if known:
            # the head of a compound with a known first part: a plural before the
            # infinitive noun of its form ("Ermittler" + der Kreis, not das Kreisen);
            # with an unknown first part the word may be a place ("Thüringen")
            tail = hint[k:] if len(hint) > k and hint[:k] == modifier else ""
            tail = tail[:1].upper() + tail[1:]
            hinted = _simple(head, tail) if tail and tail != head else None
            if hinted is None or hinted.lemma != tail:
                hinted = None
            reading = hinted or _simple(head, plural_first=True) or reading
            return _with_prefix(reading, modifier, join="")
        if len(head) >= 5 and unknown_first is None:
            # "Habeck" is no "Hab" + "Eck"; an unknown first part needs a long head
            unknown_first = _with_prefix(reading, modifier, join="")
    if unknown_first is not None:
        suffixed = by_suffix(form) if form.endswith(_NATIVE_SUFFIXES) else None
        if suffixed is not None and suffixed.lemma != unknown_first.lemma:
            # "Grabungen": die Grabung (a native suffix fixes the noun), not an unknown
            # "Gra" + the plural of die Bunge
            return suffixed
        return unknown_first
    return _verbal_compound(form)


#: Native suffixes that make a noun of a stem ("Grabung", "Offenheit", "Nachbarschaft"):
#: a word ending so that the table lacks is that noun, not a guessed compound.
_NATIVE_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften")


def _noun_modifier(modifier: str) -> bool:
    """A two-letter first part that is a noun by itself ("Öl", "Ei")."""
    capital = modifier[:1].upper() + modifier[1:]
    return modifier[:1].isupper() and is_plain_noun(capital)


def _verbal_compound(form: str) -> NounReading | None:
    """ "Feuerlöschen", "Autofahren": a known noun + an infinitive used as a noun (das)."""
    for k in range(_MIN_PART, len(form) - 4):
        modifier, rest = form[:k], form[k:]
        verbal = _verbal_noun(rest[:1].upper() + rest[1:])
        if verbal is None or not is_plain_noun(modifier):
            continue
        return _with_prefix(verbal, modifier, join="")
    return None


def _with_prefix(reading: NounReading, prefix: str, join: str) -> NounReading:
    """The reading of a compound through its head ``reading``. A head the table lists only
    as a place ("Deutschland", "Westfalen") makes the compound a place too
    ("Norddeutschland", "Nordrhein-Westfalen"): one region, named without an article and
    with no plural, like its head."""

    def glue(word: str) -> str:
        return prefix + join + (word if join else word[:1].lower() + word[1:])

    return NounReading(
        lemma=glue(reading.lemma),
        genders=reading.genders,
        bundles=reading.bundles,
        plural=glue(reading.plural) if reading.plural else None,
        kind=reading.kind,
        head=reading.head or reading.lemma,
        others=tuple(_with_prefix(r, prefix, join) for r in reading.others),
    )


def nominalised_adjective(form: str) -> NounReading | None:
    """ "Besten", "Neues", "Erforderliche": an adjective used as a noun (not in the
    table); its gender follows the article, so all three stay possible. An adjective
    in "-isch" used as a noun in the singular is first read as neuter: a language or a
    quality ("im Finnischen", "das Typische"; its people have nouns of their own: der
    Finne); a person where the article shows it ("der Komische", "eine Kritische"),
    the reading of all three genders kept as the other one the phrase may choose."""
    found = [r for r in read_adjective(form) if r.ending]
    if not found:
        return None
    bundles = frozenset().union(*(bundles_of_ending(r.ending) for r in found))
    lemma = found[0].lemma
    isch = found[0].degree == "Pos" and lemma.endswith("isch")
    if found[0].degree != "Pos":  # "Besten": das Beste, not "Gute"
        lemma = form[: len(form) - len(found[0].ending)]
    lemma = lemma[:1].upper() + lemma[1:] + "e"
    reading = NounReading(lemma, "mfn", bundles, None, ADJECTIVAL)
    if not isch:
        return reading
    neuter = frozenset(b for b in bundles if b[1] == "Plur" or b[2] == "Neut")
    return NounReading(lemma, "n", neuter, None, ADJECTIVAL, others=(reading,))


def _language(form: str) -> NounReading | None:
    """ "Finnisch", "Dänisch": an uninflected adjective in "-isch" used as a noun is a
    language (das Finnisch, singular; not "Fin" + die Ische)."""
    if not form[1:].islower() or not form.endswith("isch"):
        return None
    if not any(r.ending == "" and r.degree == "Pos" for r in read_adjective(form)):
        return None
    cells = [(c, "Sing") for c in ("Nom", "Acc", "Dat", "Gen")]
    return NounReading(form, "n", noun_bundles(cells, ("Neut",)), None, NOUN)


def _diminutive(form: str) -> NounReading | None:
    """ "Problemchen", "Tischlein": a known noun + "-chen"/"-lein" (with or without
    umlaut, without its "-e": "Kätzchen"), always neuter, its plural the same form."""
    genitive = form.endswith(("chens", "leins"))
    lemma = form[:-1] if genitive else form
    for suffix in ("chen", "lein"):
        stem = lemma[: -len(suffix)]
        if not lemma.endswith(suffix) or len(stem) < _MIN_PART or not form[1:].islower():
            continue
        if any(is_plain_noun(base) for base in {stem, de_umlaut(stem), de_umlaut(stem) + "e"}):
            cells = [(c, n) for c in ("Nom", "Acc", "Dat", "Gen") for n in ("Sing", "Plur")]
            cells.remove(("Gen", "Sing"))  # "des Problemchens"
            if genitive:
                cells = [("Gen", "Sing")]
            return NounReading(lemma, "n", noun_bundles(cells, ("Neut",)), lemma, NOUN)
    return None


def _verbal_noun(form: str) -> NounReading | None:
    """An infinitive used as a noun: "das Eingreifen", "des Bestehens" (neuter singular)."""
    if len(form) < 5 or not form[1:].islower():
        return None
    low = form.lower()
    if low.endswith("ns") and is_verb(low[:-1]):
        lemma, cells = form[:-1], [("Gen", "Sing")]
    elif low.endswith("n") and is_verb(low):
        lemma, cells = form, [("Nom", "Sing"), ("Acc", "Sing"), ("Dat", "Sing")]
    else:
        return None
    return NounReading(lemma, "n", noun_bundles(cells, ("Neut",)), None, NOUN)


def agent_noun(form: str) -> NounReading | None:
    """A noun the table lacks made of a verb's stem and "-er", naming who does it
    ("Gestalter": gestalten, "Wanderer": wandern): masculine, its plural the same form
    (genitive singular "-ers", dative plural "-ern"); not a chance split of the word
    ("Gest" + das Alter)."""
    if len(form) < 6 or not form[1:].islower():
        return None
    for ending, cells in _AGENT_FORMS:
        if not form.endswith(ending):
            continue
        lemma = form[: len(form) - len(ending)] + "er"
        stem = lemma[:-2].lower()
        if len(stem) < 4 or not (is_verb(stem + "en") or is_verb(stem + "n")):
            return None
        return NounReading(lemma, "m", noun_bundles(cells, ("Masc",)), lemma, NOUN)
    return None


#: The forms of an agent noun in "-er": (ending, the cells it fills).
_AGENT_FORMS = (
    ("ers", (("Gen", "Sing"),)),
    ("ern", (("Dat", "Plur"),)),
    ("er", (("Nom", "Sing"), ("Acc", "Sing"), ("Dat", "Sing"),
            ("Nom", "Plur"), ("Acc", "Plur"), ("Gen", "Plur"))),
)  # fmt: skip


#: Suffixes that fix a noun's gender: (singular suffix, plural suffix, gender).
_GENDER_SUFFIXES = (
    ("ung", "ungen", "f"), ("heit", "heiten", "f"), ("keit", "keiten", "f"),
    ("schaft", "schaften", "f"), ("tion", "tionen", "f"), ("sion", "sionen", "f"),
    ("ität", "itäten", "f"), ("ismus", "ismen", "m"),
    # loanwords: Latin "-or", "-ur", "-enz", "-anz", "-ik", "-ist"; English "-ing", "-ness";
    # "-ium" only in the singular ("-ien" are places too: "Bosnien")
    ("or", "oren", "m"), ("ur", "uren", "f"), ("enz", "enzen", "f"), ("anz", "anzen", "f"),
    ("ik", "iken", "f"), ("ist", "isten", "m"), ("ing", "ings", "n"), ("ness", "ness", "f"),
    ("ium", "ium", "n"), ("ion", "ionen", "f"), ("ling", "linge", "m"), ("age", "agen", "f"),
    ("ette", "etten", "f"),
)  # fmt: skip


def by_suffix(form: str) -> NounReading | None:
    """A noun the table lacks whose suffix fixes its gender ("Auspreisung": die,
    plural "Auspreisungen"; "Populismus": der). Names end so too ("Farnung"): the
    caller asks only for a word with an article, adjective or preposition."""
    if len(form) < 7 or not form[1:].islower():
        return None
    cases = ("Nom", "Acc", "Dat", "Gen")
    for singular, plural, gender in _GENDER_SUFFIXES:
        if plural != singular and form.endswith(plural):
            lemma = form[: len(form) - len(plural)] + singular
            cells = [(c, "Plur") for c in cases]
            if plural == singular + "s":
                cells.append(("Gen", "Sing"))  # "des Trainings" or "die Trainings"
        elif form.endswith(singular):
            lemma, cells = form, [(c, "Sing") for c in cases]  # "des Populismus" too
        else:
            continue
        bundles = noun_bundles(cells, (GENDER_OF[gender],))
        stem = lemma[: -len(singular)]
        return NounReading(
            lemma, gender, bundles, stem + plural if plural != singular else None, NOUN
        )
    return None


@word_cache(20_000)
def read_noun(
    form: str,
    hint: str = "",
    ding_gender: str = "",
    in_dictionary: bool = False,
    dictionary_lemma: str = "",
) -> NounReading:
    """The reading of a capitalised noun form (``hint``: the pipeline's lemma;
    ``ding_gender``, ``in_dictionary``, ``dictionary_lemma``: what the dictionary says
    of the word: its gender, whether it knows it, the lemma of the noun with a plural
    it found)."""
    form = form.strip("\"'„“”»«‚‘’()[]")
    reading = _simple(form, hint)
    if reading is None and "-" in form.strip("-"):
        prefix, _, last = form.rpartition("-")
        if last[:1].isupper() and len(last) >= 2:
            inner = read_noun(last, "", "", False)
            if inner.known:
                reading = _with_prefix(inner, prefix, join="-")
    if reading is None and "ß" in form:
        reading = _simple(form.replace("ß", "ss"))  # old spelling: "Zufluß"
    verbal = _verbal_noun(form)
    if verbal is not None:
        if reading is None and dictionary_lemma == form and ding_gender in ("m", "f"):
            # "der Wagen": a noun of this very form the table lacks, with a plural and
            # a gender that is not neuter in the dictionary, goes before the infinitive
            # used as a noun (always neuter, never plural: the dictionary's "das
            # Einsetzen {m}" without a plural is no such noun); an article that shows
            # neuter still picks the infinitive ("das Wagen")
            gender = GENDER_OF[ding_gender]
            bundles = frozenset(b for b in ALL_BUNDLES if b[2] in (gender, ""))
            return NounReading(form, ding_gender, bundles, None, UNKNOWN, others=(verbal,))
        if reading is None:
            return verbal  # "das Eingreifen", not "Ein" + the plural of "Greif"
        if reading.lemma != form and reading.kind == NOUN:
            # "Bleiben": the plural of "Bleibe" or "das Bleiben"; the phrase decides
            return NounReading(
                reading.lemma, reading.genders, reading.bundles, reading.plural, reading.kind,
                reading.head, (*reading.others, verbal),
            )  # fmt: skip
    if reading is None and len(form) >= 2 * _MIN_PART:
        reading = _language(form)
    if reading is None and len(form) >= 2 * _MIN_PART:
        reading = _compound(form, hint) or (
            _compound(form.replace("ß", "ss")) if "ß" in form else None
        )
        whole = reading is not None and form[:1].isupper()
        nominal = nominalised_adjective(form) if whole else None
        if reading is not None and nominal is not None:
            # the whole word is an inflected adjective: an adjective used as a noun ("im
            # Finnischen", "den Lebenden"), not a chance split ("Fin" + die Nische, "Leb"
            # + das Ende); an adjectival noun as head stays ("Hauptverantwortliche"), with
            # the adjective used as a noun beside it, whose gender its article gives, for
            # a phrase the head's genders do not fit ("Der Sonderbare": sonderbar, a man;
            # not "Sonder" + das Bare, cash, neuter only)
            if reading.kind == NOUN and _guessed_adjective(form):
                # "Schattenflotte": Schatten + die Flotte, not an adjective "schattenflott"
                # the tables only guess from "Schatten" + "flott"
                pass
            elif reading.kind != ADJECTIVAL:
                reading = nominal
            else:
                reading = replace(reading, others=(*reading.others, nominal))
    if reading is None:
        reading = _diminutive(form)
    if (
        reading is None
        and form[:1].isupper()
        and (not in_dictionary or _not_a_form_of(form, dictionary_lemma))
    ):
        # also where the dictionary's noun is another word the form is none of ("vor
        # allem Jüngere": die Jüngeren, not der Jünger, disciple, whose plural is "Jünger")
        reading = nominalised_adjective(form)
    if reading is None and form[:1].islower() and form[:1].upper() != form[:1]:
        # (a lower-case letter with no capital, "ª", "ᴽ", would recur for ever)
        return read_noun(form[:1].upper() + form[1:], hint, ding_gender, in_dictionary)
    if reading is not None:
        return reading
    if in_dictionary:
        gender = ding_gender if ding_gender in GENDER_OF else ""
        bundles = frozenset(b for b in ALL_BUNDLES if not gender or b[2] in (GENDER_OF[gender], ""))
        return NounReading(hint or form, gender, bundles, None, UNKNOWN)
    return NounReading(form, "", ALL_BUNDLES, None, NAME)


def _guessed_adjective(form: str) -> bool:
    """``form`` reads as an inflected adjective only as a compound the tables guess (a
    noun + a known adjective: "schattenflott"), no adjective they list."""
    found = [r.lemma for r in read_adjective(form) if r.ending]
    return bool(found) and not any(listed_base(lemma) for lemma in found)


def _not_a_form_of(form: str, lemma: str) -> bool:
    """The noun table knows ``lemma`` (another word than ``form``) and ``form`` is none of
    its forms."""
    entries = noun_entries(lemma) if lemma and lemma != form else ()
    return bool(entries) and not any(entry.cells_of(form) for entry in entries)


def table_gender(word: str, gender: str) -> str:
    """The gender ("m", "f", "n") of ``word`` read as a common noun, given the
    dictionary's ``gender`` for it: the dictionary's when the noun table does not know
    the word or lists it too ("der/das Virus"), the table's one gender when it says
    another ("Büro": das, not a line the lookup chose by the tagger's gender), "" when
    the table lists several genders and none is the dictionary's. Every lemma the form
    fits counts ("Leuchten": die Leuchte, plural, or das Leuchten)."""
    if not word[:1].isupper():
        return gender
    reading = read_noun(word)
    if reading.kind != NOUN or not reading.genders:
        return gender
    genders = {g for r in (reading, *reading.others) if r.kind == NOUN for g in r.genders}
    if gender in genders:
        return gender
    return reading.genders if len(genders) == 1 else ""


#: How much rarer (wordfreq Zipf, large list) a noun's plural must be than its singular
#: for the card to leave it out: over 300 times rarer ("Wässer", "Paniken", "Kleidungen",
#: "Märze"; not "Länder", "Samstage", "Saisons", "Rathäuser", "Zeitpunkte").
RARE_PLURAL_GAP = 2.5
#: ... and how much rarer the head's plural must be than the head for a listed compound
#: whose own plural is that rare (a common count head such as "Bahnhof" in
#: "Hauptbahnhof" keeps the compound's plural; "Wasser" in "Trinkwasser" does not).
RARE_HEAD_GAP = 1.5
#: The lowest Zipf of a singular whose plural, missing from the list altogether, the card
#: leaves out (a singular read about once in ten million words or more).
RARE_LISTED_SINGULAR = 2.9
#: The lowest Zipf read from the large list; rarer forms count as this (so the gaps above
#: are lower bounds for them).
_RARE_FLOOR = 1.5


def rare_plural(lemma: str, plural: str) -> bool:
    """Whether ``plural`` of ``lemma`` is so rare beside the singular that the noun is, in
    news text, a mass or abstract noun whose plural a card should not show ("Wasser":
    Wässer, "Panik": Paniken, "Kleidung": Kleidungen, "Sport": Sporte, "März": Märze).
    A compound whose head's plural is that rare has none either ("Trinkwasser" ->
    Wasser); one whose own plural is that rare only when its head's plural is rare too
    (the "Hauptbahnhof" of a common "Bahnhof" keeps "Hauptbahnhöfe"). Feminines in "-in" keep
    their regular "-innen" (their plural is rare in text, never wrong), and so does a
    plural spelt like the singular (no frequency tells the two apart)."""
    if plural == lemma or (lemma.endswith("in") and plural == lemma + "nen"):
        return False
    words = zipf_table("de", "large", _RARE_FLOOR)
    own = words.get(lemma.casefold(), _RARE_FLOOR)
    gap = own - words.get(plural.casefold(), _RARE_FLOOR)
    # a plural the list lacks altogether beside a singular it has ("Fernverkehr",
    # "Logistik", "Tropf": no "Fernverkehre", "Logistiken", "Tröpfe" in the list)
    unlisted = plural.casefold() not in words and own >= RARE_LISTED_SINGULAR
    head = _plural_head(lemma, plural)
    if head is None:
        return gap >= RARE_PLURAL_GAP or unlisted
    head_gap = words.get(head[0].casefold(), _RARE_FLOOR) - words.get(
        head[1].casefold(), _RARE_FLOOR
    )
    return head_gap >= RARE_PLURAL_GAP or (
        (gap >= RARE_PLURAL_GAP or unlisted) and head_gap >= RARE_HEAD_GAP
    )


#: The shortest first part of a closed compound whose head :func:`_plural_head` looks
#: for ("Sport" is no "S" + "Port", "Samstag" no "Sam" + "Stag").
_FIRST_PART = 4


def _compound_heads(lemma: str) -> Iterator[tuple[int, str]]:
    """(position, head) of each table noun (at least three letters) that ends ``lemma``
    after a first part (hyphenated, or at least :data:`_FIRST_PART` letters), the longest
    first ("Kunststoffpartikel": "Partikel"; "Trinkwasser": "Wasser"). The one walk over
    a compound's heads: :func:`plural_variant` takes the longest, :func:`_plural_head` the
    first whose plural fits."""
    start = lemma.rfind("-") + 1
    for i in range(start or _FIRST_PART, len(lemma) - 2):
        if not lemma[i].isalpha():
            continue
        head = lemma[i].upper() + lemma[i + 1 :]
        if noun_entries(head):
            yield i, head


def _plural_head(lemma: str, plural: str) -> tuple[str, str] | None:
    """The longest table noun (at least three letters) that ends ``lemma`` after a first
    part (hyphenated, or at least four letters), with its plural, where ``plural`` is the
    first part + that plural ("Trinkwasser", "Trinkwässer": ("Wasser", "Wässer")); None
    for a simple noun."""
    for i, head in _compound_heads(lemma):
        for entry in noun_entries(head):
            head_plural = entry.plural()
            if entry.adjectival or not head_plural:
                continue
            joined = head_plural if lemma[i].isupper() else head_plural[0].lower() + head_plural[1:]
            if lemma[:i] + joined == plural:
                return head, head_plural
    return None
