"""Role nouns of German news: "Ex-Präsidenten" is the role "Ex-Präsident".

Recognises person nouns (offices, jobs, kinship: "Präsidentin", "Sprecher",
"Vorsitzende", "Kreml-Despot", "Ministerpräsidentin") in any case form and gives
their base form (nominative singular) and grammatical gender. The lexicon is
``resources/lexicon/roles.tsv`` (built from the Ding dictionary by
``training/build_people_lexicon.py``); compounds are recognised by their head.

Pure string functions: no spaCy, no Qt, no knowledge of any particular article.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.core.memo import word_cache
from app.lexicon.lemmas import cached_lemma, is_known
from app.lexicon.words import (
    COMPANY_HEADS,
    FEMININE_ENDINGS,
    MASCULINE_ENDINGS,
    NOT_PERSON_ENDINGS,
    NOT_PERSONS,
    QUALIFIERS,
    SHORT_HEADS,
    TITLE_ADJECTIVES,
    is_common_noun,
    is_given_name,
    is_place,
    role_rows,
)

_ADJ_ENDINGS = ("en", "em", "er", "es", "e")


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A role noun as it stands in the text and in its base form."""

    text: str  # as written: "Ex-Präsidenten"
    base: str  # nominative singular: "Ex-Präsident"
    gender: str | None  # "m", "f" or None (unknown or either)
    kind: str  # "noun", "adj", "neuter", "family" or "demonym"


@dataclass(frozen=True, slots=True)
class _Form:
    base: str
    gender: str | None
    kind: str
    adj: str  # for adjectival nouns: "er", "e" or "en" (the ending written); else ""
    plural: bool = False


@functools.cache
def _forms() -> dict[str, _Form]:
    """Every recognised surface form of a role head -> how to read it."""
    forms: dict[str, _Form] = {}
    for kind, masc, fem in _adjectival_rows():
        if kind == "adj":
            stem = masc[:-1] if masc.endswith("er") else masc  # "Vorsitzende"
            forms.setdefault(masc, _Form(masc, "m", kind, "er"))
            forms.setdefault(stem, _Form(masc, None, kind, "e"))
            forms.setdefault(stem + "n", _Form(masc, None, kind, "en"))
            if fem and fem != stem:
                forms.setdefault(fem, _Form(fem, "f", "noun", ""))
                forms.setdefault(fem + "nen", _Form(fem, "f", "noun", "", plural=True))
            continue
        if masc:
            gender = None if kind == "neuter" else "m"
            for suffix in ("", "s", "es", "n", "en"):
                if suffix == "n" and not masc.endswith(("e", "el", "er")):
                    continue
                forms.setdefault(masc + suffix, _Form(masc, gender, kind, ""))
            if masc.endswith("mann"):  # "Feuerwehrmänner"
                forms.setdefault(masc[:-4] + "männer", _Form(masc, "m", kind, "", plural=True))
        if fem and fem != masc:
            forms.setdefault(fem, _Form(fem, "f", kind, ""))
            if fem.endswith("in"):
                forms.setdefault(fem + "nen", _Form(fem, "f", kind, "", plural=True))
            elif fem.endswith("frau"):  # "Ratsfrauen"
                forms.setdefault(fem + "en", _Form(fem, "f", kind, "", plural=True))
    return forms


#: Endings of a participle used as a noun ("Beigeordnete", "Verlobte", "Reisende").
_PARTICIPLE_NOUN_ENDINGS = ("te", "ene", "nde")


def _adjectival_rows() -> list[tuple[str, str, str]]:
    """The role rows, demonyms first, with adjectival nouns read as such though listed
    as plain nouns: "Beigeordneter"/"Beigeordnete" (a participle, masculine = feminine + "r"; not
    "Witwer"/"Witwe") and "Postbeamte" (the weak form of a compound of the adjectival
    "Beamter"), so that "der Erste Kreisbeigeordnete" and "der frühere Postbeamte" are
    "Erster Kreisbeigeordneter" and "früherer Postbeamter"."""
    rows = role_rows()
    adj_heads = {m.lower() for kind, m, _ in rows if kind == "adj" and m.endswith("er")}
    out: list[tuple[str, str, str]] = []
    for kind, masc, fem in rows:
        if kind == "noun" and masc:
            if masc == fem + "r" and fem.endswith(_PARTICIPLE_NOUN_ENDINGS):
                kind = "adj"
            elif masc.endswith("e") and _ends_in(masc + "r", adj_heads):
                kind, masc = "adj", masc + "r"
        out.append((kind, masc, fem))
    # a demonym's forms before all others: "die Polin" is the feminine of "Pole", not of
    # a plain noun row that shares the form (the first reading of a form is kept)
    return sorted(out, key=lambda row: row[0] != "demonym")


def _ends_in(word: str, heads: set[str]) -> bool:
    """Does ``word`` end in one of ``heads`` (lowercase, at least four letters)?"""
    low = word.lower()
    return any(low[k:] in heads for k in range(len(low) - 3))


#: Determiners that mark a singular noun as feminine (nominative or accusative).
_FEMININE_ARTICLES = frozenset({"die", "eine", "diese", "jene", "keine"})


@functools.cache
def _common_gender() -> frozenset[str]:
    """Role nouns with one form for both genders: "Präses", "CFO", "Coach"."""
    return frozenset(m for kind, m, f in role_rows() if kind == "noun" and m and m == f)


#: Linking elements between the parts of a compound ("Vereins|chef", "Firmen|chef").
_LINKS = ("s", "n", "en", "e", "er", "es")


def _known_modifier(modifier: str) -> bool:
    """Is ``modifier`` a German word before a short role head ("Konzern", "Vereins",
    "Fernseh" of "fernsehen", "Unionsfraktions"), not a fragment of a name ("Villami")?
    A known word, also without a linking element, as a verb stem or by its last part."""
    stems = {modifier}
    stems.update(
        modifier[: -len(e)] for e in _LINKS if modifier.endswith(e) and len(modifier) > len(e) + 1
    )
    for stem in list(stems):
        stems.add(stem + "en")
        stems.update(stem[k:] for k in range(1, len(stem) - 3))
    return any(is_known(stem) for stem in stems)


def _head_form(head: str) -> tuple[str, _Form] | None:
    """(modifier, form) for ``head``: a lexicon word or a closed compound ending in one."""
    forms = _forms()
    form = forms.get(head)
    if form is not None:
        return "", form
    if head in NOT_PERSONS or len(head) < 5:
        return None
    masc = head[:-2] if head.endswith("erin") else head
    if masc.endswith(_TOWN_DEMONYM_ENDINGS) and len(masc) >= 9 and head[1:].islower():
        # "Partenkirchner", "Ingolstädterin": of a town, also one the gazetteer lacks
        return "", _Form(head, "f" if masc != head else "m", "demonym", "")
    if head.endswith("männin") and len(head) > 8:
        # "Stadtammännin", "Gemeindeammännin": the feminine of a "-mann" office the
        # lexicon knows only in the masculine (Swiss usage)
        found = _head_form(head[:-6] + "mann")
        if found is not None and found[1].gender == "m" and found[1].kind == "noun":
            modifier, form = found
            return modifier, _Form(form.base[:-4] + "männin", "f", "noun", "")
    ranked = _ranked_ordinal(head)
    if ranked is not None:
        return ranked
    for k in range(2, len(head) - 2):
        suffix = head[k].upper() + head[k + 1 :]
        if suffix in NOT_PERSONS:
            return None  # "Bahnstrecke" is no "Recke" of "Bahnst", "Stadionlautsprecher"
        if suffix == "Burger" and head[k - 1].isalpha():
            # "Limburger", "Magdeburger": "-burg" + "-er", a place's people and adjective
            return "", _Form(head, "m", "demonym", "")
        form = forms.get(suffix)
        if form is None:
            continue
        if len(form.base) < 5 and (form.base not in SHORT_HEADS or not _known_modifier(head[:k])):
            continue  # "Villamizar" is no "Zar" of "Villami" (a Spanish surname)
        if suffix == "Sohn" and (is_given_name(head[:k]) or is_given_name(head[: k - 1])):
            return None  # "Davidsohn", "Jacobsohn": a surname of a first name, no kin noun
        if suffix in NOT_PERSONS or not head[k - 1].isalpha():
            return None
        return head[:k], form
    return _person_compound(head) or _by_suffix(head)


#: Person nouns that head open compounds of a trade or a station in life: "Ordensfrau",
#: "Marktfrau", "Vertrauensmann"; their role rows when the lexicon lacks the compound.
_PERSON_HEADS = {"frau": "f", "mann": "m"}


def _person_compound(head: str) -> tuple[str, _Form] | None:
    """ "Ordensfrau", "Putzfrau", "Ordensmann", "Vertrauensmann": a compound of a common
    noun and "-frau"/"-mann" that the lexicon lacks is a person noun of that gender.
    "-frau" after a noun with or without a linking element; "-mann" only after a linking
    "s" and a noun of four letters or more, since "Baumann", "Bergmann", "Hofmann" and
    "Zimmermann" are surnames far more often than trades. Not a given name or place, not
    an adjective before the head ("Jungfrau")."""
    if len(head) < 8 or not head[1:].islower() or is_given_name(head) or is_place(head):
        return None
    for ending, gender in _PERSON_HEADS.items():
        if not head.endswith(ending):
            continue
        modifier = head[: -len(ending)]
        stems = [modifier[:-1]] if modifier.endswith("s") else []
        if gender == "f":
            stems.append(modifier)
            stems.extend(modifier[: -len(e)] for e in ("n", "en") if modifier.endswith(e))
        if any(len(stem) >= 4 and is_common_noun(stem) for stem in stems):
            # "sein Landsmann A": a compatriot, a relation of origin like a demonym
            kind = "demonym" if modifier == "Lands" else "noun"
            return "", _Form(head, gender, kind, "")
    return None


#: Rankings of single players before an ordinal noun: "Weltranglistenvierter".
_RANKINGS = ("Weltranglisten", "Ranglisten")
_ORDINAL_STEMS = (
    *("erst", "zweit", "dritt", "viert", "fünft", "sechst"),
    *("siebt", "acht", "neunt", "zehnt", "elft", "zwölft"),
)


def _ranked_ordinal(head: str) -> tuple[str, _Form] | None:
    """ "Weltranglistenvierter", "Weltranglistenerste", "Ranglistenzehnten": a place in a
    ranking of players is an adjectival role noun (the compound only; a bare "Vierter"
    is a place in one race)."""
    for ranking in _RANKINGS:
        if not head.startswith(ranking):
            continue
        rest = head[len(ranking) :]
        for stem in _ORDINAL_STEMS:
            for ending, adj in (("er", "er"), ("e", "e"), ("en", "en")):
                if rest == stem + ending:
                    masc = stem.capitalize() + "er"
                    return ranking, _Form(masc, "m" if adj == "er" else None, "adj", adj)
    return None


#: The "-er" inhabitant nouns of the common endings of German town names ("-kirchen",
#: "-hausen", "-hofen", "-dorf", "-heim", "-stadt", "-stedt", "-feld", "-bach", "-furt",
#: "-brunn", "-leben"): "Partenkirchner", "Holzhausener", "Ingolstädter", a demonym.
_TOWN_DEMONYM_ENDINGS = (
    *("kirchner", "kirchener", "hausener", "hofener", "dorfer", "heimer", "städter"),
    *("stadter", "stedter", "felder", "bacher", "furter", "brunner", "lebener"),
)


def _by_suffix(head: str) -> tuple[str, _Form] | None:
    if len(head) < 7 or not head[1:].islower():
        return None
    if any(head.endswith(e.lower()) or head == e for e in NOT_PERSON_ENDINGS):
        return None  # "Glycerin", "Kultklassiker"
    if is_given_name(head) or is_place(head):
        return None
    if head.endswith("erin") and _place_stem(head[:-4]):
        return "", _Form(head, "f", "demonym", "")  # "Walliserin", "Tessinerin": of a place
    if head.endswith(FEMININE_ENDINGS):
        return "", _Form(head, "f", "noun", "")
    for base_end, endings in MASCULINE_ENDINGS.items():
        for ending in endings:
            if head.endswith(ending):
                base = head[: len(head) - len(ending)] + base_end
                return "", _Form(base, "m", "noun", "")
    base = head.removesuffix("en") if head.endswith(("enten", "anten")) else head
    if base.endswith(("ent", "ant")) and is_known(base + "in"):
        # "Kontrahent(en)", "Lieferant": a weak masculine whose feminine "-in" is a word
        # (not "Moment", "Talent", "Diamant": no "Talentin")
        return "", _Form(base, "m", "noun", "")
    return None


def _place_stem(stem: str) -> bool:
    """Is ``stem`` (a feminine "-erin" without it) a place's: "Wallis|erin", or of a place
    in "-en" that drops it ("Brem|erin" of Bremen, "Kärntn|erin" of Kärnten, "Dresdn|erin")?
    As the masculine "-er" is read (:func:`app.lexicon.words.place_adjective_stems`)."""
    return is_place(stem + "er")


def _adj_base(form: _Form, article: str | None) -> tuple[str, str | None]:
    """Base form and gender of an adjectival noun ("Vorsitzenden") after ``article``."""
    masc = form.base  # "Vorsitzender"
    stem = masc[:-1]  # "Vorsitzende"
    art = (article or "").lower()
    if form.adj == "er":
        return masc, "m"
    if form.adj == "e":
        if art in {"der", "dieser", "jener"}:
            return masc, "m"
        if art in _FEMININE_ARTICLES:
            return stem, "f"
        return stem, None
    # "-en": dem/den/des (masculine), der (feminine dative/genitive)
    if art in {"dem", "den", "des", "einem", "einen", "eines", "diesem", "diesen", "dieses"}:
        return masc, "m"
    if art in {"der", "einer", "dieser"}:
        return stem, "f"
    return stem, None


@word_cache(maxsize=200_000)
def analyze_role(word: str, article: str | None = None) -> RoleNoun | None:
    """Read ``word`` as a (possibly compound, possibly inflected) role noun.

    ``article`` is the determiner before the noun phrase ("der", "den", ...), used
    to tell "der Vorsitzende" (masculine) from "die Vorsitzende" (feminine).
    Returns None for anything that is not a person noun. Plurals give None.
    """
    if len(word) < 3 or not word[0].isupper():
        return None
    spouse = _EX_SPOUSES.get(word.replace("-", "").lower())
    if spouse is not None:  # "seine Ex-Frau A", "ihr Exmann B"
        written = spouse[0] if "-" in word else spouse[0].replace("-", "").capitalize()
        return RoleNoun(text=word, base=written, gender=spouse[1], kind="family")
    prefix, _, head = word.rpartition("-")
    if any(ch.isdigit() for ch in head):
        return None  # digits only in a prefix of letters: "U21-Nationalspieler", "Ü50-Läuferin"
    if prefix:
        prefix += "-"
    if not head or not head[0].isupper():
        return None
    found = _head_form(head)
    if found is None:
        return None
    modifier, form = found
    if form.plural:
        return None
    if form.kind == "adj" and form.adj:
        base, gender = _adj_base(form, article)
    else:
        base, gender = form.base, form.gender
        if form.base in _common_gender() and (article or "").lower() in _FEMININE_ARTICLES:
            gender = "f"  # "die westfälische Präses": one form for both, the article tells
    if modifier:
        base = modifier + base[0].lower() + base[1:]
    return RoleNoun(text=word, base=prefix + base, gender=gender, kind=form.kind)


#: "Ex-" before "Mann" and "Frau" makes them a former husband and wife (a kin term);
#: "Mann" and "Frau" alone are no roles. Keys without the hyphen, lowercase.
_EX_SPOUSES = {
    "exmann": ("Ex-Mann", "m"),
    "exmannes": ("Ex-Mann", "m"),
    "exmanns": ("Ex-Mann", "m"),
    "exfrau": ("Ex-Frau", "f"),
}


def analyze_plural_role(word: str) -> RoleNoun | None:
    """The singular role of a plural role noun: "Ministerinnen" -> "Ministerin",
    "Staatsanwältinnen" -> "Staatsanwältin", "Ratsfrauen" -> "Ratsfrau",
    "Feuerwehrmänner" -> "Feuerwehrmann", "Stadträte" -> "Stadtrat", "Ärzte" -> "Arzt" (a
    plural that differs from its singular); kin: "Schwestern" -> "Schwester", "Brüder" ->
    "Bruder" (the kin noun keeps its gender). None for anything else."""
    if len(word) < 5 or not word[0].isupper():
        return None
    if not word.endswith(("innen", "frauen", "männer")):
        if not word.replace("-", "").isalpha():
            return None  # "Prof." is an abbreviation of a singular title
        lemma = cached_lemma(word)
        if not lemma or lemma == word or word.endswith("s"):
            return None  # "Autobauers" is a genitive singular
        role = analyze_role(lemma)
        if role is not None and role.kind == "family" and role.base == lemma:
            return RoleNoun(text=word, base=role.base, gender=role.gender, kind=role.kind)
        if role is None or role.gender != "m" or role.kind != "noun":
            return None
        return RoleNoun(text=word, base=role.base, gender=None, kind=role.kind)
    prefix, _, head = word.rpartition("-")
    if prefix:
        prefix += "-"
    found = _head_form(head) if head[:1].isupper() else None
    if found is None or not found[1].plural:
        return None
    modifier, form = found
    base = modifier + form.base[0].lower() + form.base[1:] if modifier else form.base
    return RoleNoun(text=word, base=prefix + base, gender=form.gender, kind=form.kind)


@functools.cache
def _feminines() -> dict[str, str]:
    """Masculine role noun -> its feminine ("Ministerpräsident" -> "Ministerpräsidentin")."""
    return {masc: fem for kind, masc, fem in role_rows() if masc and fem and kind != "adj"}


def feminine_role(base: str) -> str | None:
    """The feminine of a masculine role in base form, compounds and prefixes included:
    "Ministerpräsident" -> "Ministerpräsidentin", "Stadtrat" -> "Stadträtin",
    "Ex-Präsident" -> "Ex-Präsidentin". None when the lexicon knows no feminine."""
    return _paired_role(base, "m", _feminines())


@functools.cache
def _masculines() -> dict[str, str]:
    """Feminine role noun -> its masculine ("Stadträtin" -> "Stadtrat"): :func:`_feminines`
    turned round."""
    return {fem: masc for masc, fem in _feminines().items()}


def masculine_role(base: str) -> str | None:
    """The masculine of a feminine role in base form, compounds and prefixes included
    (:func:`feminine_role` turned round): "Innenministerin" -> "Innenminister",
    "Stadträtin" -> "Stadtrat", "Kauffrau" -> "Kaufmann", "Ex-Präsidentin" ->
    "Ex-Präsident". None for a word that is no feminine role the lexicon knows."""
    return _paired_role(base, "f", _masculines())


def _paired_role(base: str, gender: str, pairs: dict[str, str]) -> str | None:
    """The role of the other gender of ``base``, a role noun of ``gender``, by the head's
    pair in ``pairs``, its compound's first part and a prefix kept ("Ex-", "Innen-")."""
    prefix, _, head = base.rpartition("-")
    found = _head_form(head) if head[:1].isupper() else None
    if found is None:
        return None
    modifier, form = found
    if form.gender != gender or form.kind != "noun" or form.plural:
        return None
    other = pairs.get(form.base)
    if other is None:
        return None
    if modifier:
        other = modifier + other[0].lower() + other[1:]
    return prefix + "-" + other if prefix else other


def is_role_word(word: str, next_word: str = "") -> bool:
    """True when ``word`` reads as a singular role noun (any kind, demonyms included)
    and is no known first name ("Stefan" is no "Fan"); with ``next_word``, also a council
    title before a first name (:func:`council_title`).

    The one test of "role noun" for the people extractor and the spaCy entity rules
    (:mod:`app.nlp.components.entity_rules`).
    """
    if next_word and council_title(word, next_word) is not None:
        return True
    return analyze_role(word) is not None and not is_given_name(word)


def council_title(word: str, next_word: str) -> RoleNoun | None:
    """ "Stadtbrandrat Josef H.", "Wirtschaftslandesrat Florian A.": a compound of "Rat"
    names a body ("Sicherheitsrat", "Aufsichtsrat") or one of its members; right before
    a known first name it is the member's title. A modifier of at least four letters that
    is a German word ("Vorrat", "Beirat", "Verrat" are no titles); masculine."""
    if not is_given_name(next_word):
        return None
    return council_member(word)


def council_member(word: str) -> RoleNoun | None:
    """A compound of "Rat" read as one member of the body ("Bundesrat", "Stadtrat"), for
    places where only a person can stand: "wurde zum Bundesrat gewählt" (a body is
    joined "in den Bundesrat"). The modifier as in :func:`council_title`; masculine."""
    if not word.endswith("rat") or len(word) < 7 or not word[1:].islower():
        return None
    if not _known_modifier(word[:-3]):
        return None
    return RoleNoun(text=word, base=word, gender="m", kind="noun")


def is_company_role(role: RoleNoun) -> bool:
    """A role noun that often stands before a company's name rather than a person's:
    "der Autobauer Tesla", "der Onlinehändler Zalando", "Risikokapitalgeber Earlybird"."""
    return role.base.lower().endswith(COMPANY_HEADS)


def adjective_stem(word: str) -> str | None:
    """The stem of an inflected adjective ("ehemaligen" -> "ehemalig"), else None."""
    if not word.replace("-", "").isalpha() or not word.islower() or word.endswith("-"):
        return None
    for ending in _ADJ_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)]
    return None


def qualifier_stem(word: str) -> str | None:
    """Stem of a meaning-changing adjective before a role ("früheren" -> "früher")."""
    stem = adjective_stem(word)
    if stem is None:
        return None
    if stem in QUALIFIERS or stem.endswith("malig"):  # "dreimalige Siegerin"
        return stem
    if stem in TITLE_ADJECTIVES and stem not in _ORDINAL_STEMS:
        # "ärztlicher Direktor", "wissenschaftliche Mitarbeiterin": part of a title; an
        # ordinal only when capitalised ("Erster Bürgermeister"; "die erste Kundin": a count)
        return stem
    if stem.startswith("mit") and stem[3:] in QUALIFIERS and stem[3:].endswith("t"):
        return stem  # "mitangeklagter Schwager", "mitverurteilte Ehefrau": a co-accused
    last_word, last_stem = word.rsplit("-", 1)[-1], stem.rsplit("-", 1)[-1]
    if last_stem.endswith("isch") and (
        (len(last_stem) > 5 and cached_lemma(last_word) == last_stem)
        or len(last_stem) >= 9
        or is_place(last_stem[:-4].capitalize())  # "omanisch" from "Oman"
    ):
        return stem  # "französischen", "haushaltspolitische" (but not "zwischen")
    if last_stem.endswith("sch") and len(last_stem) > 7 and is_place(last_stem[:-3].capitalize()):
        return stem  # "hannoversche" from "Hannover"
    return None


def inflect_qualifier(stem: str, gender: str | None) -> str:
    """Strong nominative singular: ("ehemalig", "m") -> "ehemaliger"; "f" -> "ehemalige"."""
    return stem + {"m": "er", "f": "e"}.get(gender or "", "e")
