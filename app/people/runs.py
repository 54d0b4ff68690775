"""Name runs: where a person's name starts and ends in the tokens.

A name starts with a first name, an initial or a word that can be a name by itself
(:func:`app.people.names.is_name_core`) and continues over surnames, particles ("von
der Leyen", "al-Assad"), initials and capitalised particles ("Marine Le Pen"). PER
entities of the pipeline are hints: :func:`runs_in_entity` cuts role words, ordinary
nouns and genitive possessors out of them and completes what they left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from app.lexicon import words as lex
from app.lexicon.lemmas import cached_lemma, is_known
from app.lexicon.roles import (
    adjective_stem,
    analyze_plural_role,
    analyze_role,
    is_company_role,
    is_role_word,
)
from app.people import names as nm
from app.people.phrases import (
    AGE_ADJECTIVE,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    complement_end,
    place_adjective,
    role_at,
)
from app.people.tags import tag_after
from app.people.view import TokenView

EAST_ASIAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,6}$")
#: Two initials written together without dots, as in American names: "TJ", "LJ".
_INITIAL_PAIR = re.compile(r"^[A-Z]{2}$")


def can_start(doc: TokenView, i: int, strict: bool = True) -> bool:
    """May a name start at token ``i``? ``strict``: see :func:`app.people.names.is_name_core`."""
    if not 0 <= i < doc.n:
        return False  # past the end: "... ist Müller" with nothing after the role
    w = doc.words[i]
    if (
        doc.word(i + 1) in lex.CAPITAL_PARTICLES
        and nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and nm.is_name_core(doc.word(i + 2), strict=False)
        and doc.same_sentence(i, i + 2)
    ):
        return True  # "Marine Le Pen": a first name before a capitalised particle
    if doc.word(i + 1) in lex.PATRONYMIC_PARTICLES and _before_patronymic(doc, i):
        return True  # "Nasser bin Hamad": the first name before "bin" may be a word
    if nm.is_initial(w):  # "J.D. Vance", "A. K. Brenninger"
        j = i + 1
        while j < doc.n and j - i < 3 and nm.is_initial(doc.words[j]):
            j += 1
        return j < doc.n and doc.same_sentence(i, j) and nm.is_name_core(doc.words[j], strict=False)
    if _INITIAL_PAIR.match(w) and not lex.is_place(doc.word(i + 1)):
        return doc.same_sentence(i, i + 1) and nm.is_name_core(doc.word(i + 1))  # "TJ Vance"
    if lex.is_given_name(w) or nm.is_name_core(w, strict):
        return True
    if lex.is_word_given_name(w) and word_given_name_starts(doc, i):
        return True
    # "Lee Jae-myung", "Park Geun-hye": a short family name before a hyphenated given name
    return (
        len(w) <= 5
        and nm.is_capitalised_word(w)
        and bool(EAST_ASIAN_GIVEN.match(doc.word(i + 1)))
        and doc.same_sentence(i, i + 1)
    )


def _before_patronymic(doc: TokenView, i: int) -> bool:
    """Is token ``i`` the first name of an Arabic name, before "bin"/"ibn" and a name
    ("Nasser bin Hamad al-Obaidli")? Any capitalised word but a role, title or place."""
    w = doc.words[i]
    return (
        i + 2 < doc.n
        and doc.same_sentence(i, i + 2)
        and not doc.blocked[i]
        and nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and w not in lex.TITLES
        and analyze_role(w) is None
        and not lex.is_place(w)
        and nm.is_name_core(doc.words[i + 2], strict=False)
    )


def _word_given_name_before_surname(doc: TokenView, i: int) -> bool:
    """Inside a PER span of exactly two words: a first name that is also a word
    ("Bertram", "Hagen") before a capitalised word that is no dictionary word, role,
    place or never-name ("Quellmalz"): a first name and a surname."""
    nxt = doc.word(i + 1)
    return (
        lex.is_word_given_name(doc.words[i])
        and doc.same_sentence(i, i + 1)
        and nm.is_capitalised_word(nxt)
        and nm.is_name_core(nxt, strict=False)
        and not nm.is_never_name(nxt)
        and not lex.is_common_noun(nxt)
        and not lex.is_place(nxt)
        and analyze_role(nxt) is None
        and not looks_genitive(doc.words[i])
    )


def _first_name_before_double_surname(doc: TokenView, i: int) -> bool:
    """Inside a PER span of exactly two words: a short capitalised word in its base form
    that is no role, place or never-name before a double surname ("Iselin-Hoffmann",
    :func:`_double_surname`): a first name the lists lack, though also a word ("Balz")."""
    w, nxt = doc.words[i], doc.word(i + 1)
    return (
        doc.same_sentence(i, i + 1)
        and nm.is_capitalised_word(w)
        and 3 <= len(w) <= 8
        and cached_lemma(w) == w
        and analyze_role(w) is None
        and not lex.is_place(w)
        and not nm.is_never_name(w)
        and not looks_genitive(w)
        and _double_surname(nxt)
    )


def word_given_name_starts(doc: TokenView, i: int) -> bool:
    """ "Till Ahrendt", "Feuerwehrkommandant Wolfram Eckstein": a first name that is also
    a word ("Till", "Wolfram", "Hagen") starts a name before a surname-like word, or
    before any capitalised word when a role noun stands right before it (also a plural
    one: "die Rechtsanwälte Till Ebersbach und ...") or an age attribute ("der 35 Jahre
    alte Benedikt Koch")."""
    nxt = doc.word(i + 1)
    if not doc.same_sentence(i, i + 1) or doc.blocked[i] or not nm.is_capitalised_word(nxt):
        return False
    if nm.is_never_name(nxt) or looks_genitive(doc.words[i]):
        return False
    if nm.is_name_core(nxt):
        return True
    if i > 0 and doc.same_sentence(i - 1, i) and _role_word_at(doc, i - 1):
        return not nm.lemma_is_lowercase(nxt)
    if age_attribute_before(doc, i):  # "der 35 Jahre alte Benedikt Koch": a person
        return not nm.lemma_is_lowercase(nxt)
    return _bare_noun_pair(doc, i)


def age_attribute_before(doc: TokenView, i: int) -> bool:
    """Does an age adjective stand right before token ``i``: "der 19 Jahre alte [A B]",
    "die 34-jährige [A B]"? Before capitalised words it describes a person."""
    if i < 1 or not doc.same_sentence(i - 1, i):
        return False
    prev = doc.words[i - 1]
    if AGE_ADJECTIVE.fullmatch(prev):
        return True
    return (
        prev in {"alte", "alten", "alter"}
        and doc.word(i - 2) == "Jahre"
        and doc.word(i - 3).isdigit()
        and doc.same_sentence(i - 3, i)
    )


def _role_word_at(doc: TokenView, k: int) -> bool:
    """A role noun at ``k``, singular or plural ("Rechtsanwalt", "Rechtsanwälte")."""
    if role_at(doc, k) is not None:
        return True
    plural = analyze_plural_role(doc.words[k])
    return plural is not None and plural.kind != "demonym"


def _bare_noun_pair(doc: TokenView, i: int) -> bool:
    """ "führt ihn Viola Kaufmann.": a first name that is a word and a noun in its
    dictionary form side by side, inside a sentence, with no article, adjective or
    further capitalised word around them: two bare nouns in a row are a name."""
    if i == doc.sentence_start(i) or i + 1 >= doc.n:
        return False
    prev = doc.words[i - 1]
    after = doc.word(i + 2)
    nxt = doc.words[i + 1]
    return (
        prev[:1].islower()
        and prev.lower() not in lex.DETERMINERS
        and (adjective_stem(prev) is None or prev in lex.PREDICATE_ADVERBS)
        and (lex.is_common_noun(nxt) or is_role_word(nxt))
        and _uninflected(nxt)
        and (not doc.same_sentence(i, i + 2) or not after[:1].isupper())
    )


def short_family_name(doc: TokenView, i: int) -> bool:
    """A family name of two or three letters before a name word: "Hu Jiale", "Ma Long"
    (the lemma table may read the short word as something else). Only after a role or
    demonym noun ("die Chinesin Hu Jiale"); callers check that."""
    w = doc.words[i]
    return (
        2 <= len(w) <= 3
        and nm.is_capitalised_word(w)
        and not lex.is_common_noun(w)
        and not lex.is_place(w)
        and analyze_role(w) is None
        and w not in lex.TITLES
        and doc.same_sentence(i, i + 1)
        and nm.is_name_core(doc.word(i + 1))
    )


def _family_name_noun(doc: TokenView, i: int) -> bool:
    """A short word that is also a noun ("Tang", "Ma") opening a two-word PER entity right
    after a role noun, before a word that is only a name: an East Asian family name
    before the given name. Callers check the entity."""
    w = doc.words[i]
    nxt = doc.word(i + 1)
    return (
        len(w) <= 5
        and nm.is_capitalised_word(w)
        and _uninflected(w)
        and not lex.is_place(w)
        and analyze_role(w) is None
        and w not in lex.TITLES
        and doc.same_sentence(i - 1, i + 1)
        and role_at(doc, i - 1) is not None
        and nm.is_name_core(nxt)
        and not lex.is_common_noun(nxt)
        and not lex.is_given_name(nxt)
    )


def unlisted_first_name(doc: TokenView, i: int) -> bool:
    """A capitalised word that is no noun, place, role or title before a surname-like
    word: a first name the lexicon lacks ("den Virologen Ömer Kılınç"). Callers ask for
    more evidence: a role noun before it, or a PER entity over both words."""
    w = doc.words[i]
    return (
        nm.is_capitalised_word(w)
        and all(part[:1].isupper() for part in w.split("-"))  # not "Start-ups"
        # not a verb form ("Rettet Dietenbach"), except inside a sentence, where no verb is
        # written with a capital ("von Trainer Lasse Øvrebø")
        and (_uninflected(w) or _capitalised_verb_inside(doc, i))
        and not nm.is_never_name(w)
        and not lex.is_common_noun(w)
        and not lex.is_place(w)
        and analyze_role(w) is None
        and w not in lex.TITLES
        and not doc.other_entity[i]
        and doc.same_sentence(i, i + 1)
        and nm.is_name_core(doc.word(i + 1))
        and not doc.other_entity[i + 1]
    )


#: A capitalised word with an apostrophe between two letters ("Ndung'u", "O'Neill").
_INNER_APOSTROPHE = re.compile(r"^[A-ZÄÖÜ]\w*['’]\w+$")


def _apostrophe_name(word: str) -> bool:
    """ "Ndung'u", "D'Alema": a capitalised word with an apostrophe inside is a name; German
    contractions with an apostrophe ("geht's", "Wie's") end in a lone "s"."""
    return bool(_INNER_APOSTROPHE.match(word)) and not word.endswith(("'s", "’s"))


def _name_word_after_entity(doc: TokenView, a: int, b: int) -> bool:
    """Is the word at ``b``, right after a PER entity ending there, a month that is a first
    name ("Mai") or a word with an apostrophe inside ("Ndung'u")?"""
    return (
        b < doc.n
        and doc.same_sentence(a, b)
        and not doc.blocked[b]
        and (
            _month_name_part(doc, b, b - 1)
            or _apostrophe_name(doc.words[b])
            or _given_name_tail(doc, a, b)
        )
    )


def _given_name_tail(doc: TokenView, a: int, b: int) -> bool:
    """ "Er folgt auf [Đoàn Thị Ngọc] Lan, die ...": a first name right after a PER run of
    at least three words and before a comma, bracket or the end of the sentence is the
    last part of the name (Vietnamese names end in the given name); the run must open with
    a family name, not a first name; no noun or role."""
    w = doc.words[b]
    return (
        b - a >= 3
        and not lex.is_given_name(doc.words[a])  # the family name first, not "Maria Anna B"
        and lex.is_given_name(w)
        and nm.is_capitalised_word(w)
        and not lex.is_common_noun(w)
        and analyze_role(w) is None
        and not lex.is_place(w)
        and doc.word(b + 1) in {",", ".", "(", ";", "!", "?"}
    )


def _capitalised_verb_inside(doc: TokenView, i: int) -> bool:
    """Is token ``i`` a capitalised verb form inside a sentence, after a lowercase word or
    a role noun? German writes verbs in lowercase there, so the word is a name."""
    lemma = cached_lemma(doc.words[i])
    prev = doc.word(i - 1)
    return (
        i > doc.sentence_start(i)
        and lemma[:1].islower()
        and lemma.endswith("en")
        and (prev[:1].islower() or (prev[:1].isupper() and role_at(doc, i - 1) is not None))
    )


def has_surname(doc: TokenView, first: int, stop: int) -> bool:
    """Does the name [first, stop) end in a surname after a first name, before "von"?

    Then "von der ..." after it is an affiliation ("Katrin Berg von der Charité"), while
    a name of one word or of first names only takes it ("Ursula von der Leyen",
    "Carl Friedrich von Weizsäcker")."""
    particle = doc.word(stop)
    if stop - first < 2 or particle not in lex.AFFILIATION_PARTICLES:
        return False  # "Ana Ruiz de la Vega": a second surname
    article = doc.word(stop + 1) in {"der", "den", "dem", "des"}
    if particle == "von" and _body_after_von(doc, stop):
        return True  # "Gareth Llewellyn von Plaid Cymru": a party or firm of two words
    if (
        particle == "von"
        and not article
        and not doc.other_entity[min(stop + 1, doc.n - 1)]
        and not _full_name_at(doc, stop + 1)
    ):
        return False  # "Heinrich Gottlob von Miltitz": a noble name
    # "Anna Berg von Thomas Krüger": a first name and a surname after "von" are the
    # author, parent or owner, never a noble name's surname
    last = doc.words[stop - 1]
    return not (
        lex.is_given_name(last)
        or lex.is_word_given_name(last)
        or nm.is_initial(last)
        or last in lex.PARTICLES
        or last in lex.CAPITAL_PARTICLES
        or nm.is_particle_name(last)
    )


def _body_after_von(doc: TokenView, von: int) -> bool:
    """Do two capitalised words follow "von" at ``von``, neither a particle, first name,
    initial or place, nor joined by "und"/"zu" ("von Plaid Cymru", "von Sinn Féin")? A noble
    name has one surname after "von" ("Clarissa von Bülow", "von Bismarck-Schönhausen")
    or links two with "und" ("von Thurn und Taxis")."""
    a, b = von + 1, von + 2
    if b >= doc.n or not doc.same_sentence(von, b):
        return False
    return all(
        nm.is_capitalised_word(doc.words[k])
        and doc.words[k] not in lex.CAPITAL_PARTICLES
        and not lex.is_given_name(doc.words[k])
        and not nm.is_initial(doc.words[k])
        and not lex.is_place(doc.words[k])
        for k in (a, b)
    )


def looks_genitive(word: str) -> bool:
    return len(word) > 3 and word.endswith(("s", "'", "’")) and not lex.is_given_name(word)


def can_follow(doc: TokenView, j: int, prev: int, trusted: bool = False) -> bool:
    """May token ``j`` continue a name whose last word so far is ``prev``?

    ``trusted``: both tokens lie inside a PER entity of the pipeline, so an ordinary
    noun may be a surname after any name word ("Hubertus Heil"), not only after a
    known first name.
    """
    w = doc.words[j]
    p = doc.words[prev]
    if not nm.is_capitalised_word(w) and not nm.is_particle_name(w):
        return False
    if (
        nm.is_never_name(w)
        and not _weekday_surname(doc, j, prev, trusted)
        and not _month_name_part(doc, j, prev)
        and not _function_word_surname(doc, j, prev)
    ):
        return False
    if (
        EAST_ASIAN_GIVEN.match(p)
        and p.rsplit("-", 1)[1] not in lex.PARTICLES  # "Imke Harms-de Buhr": a particle
        and prev >= 1
        and doc.same_sentence(prev - 1, prev)
        and nm.is_capitalised_word(doc.words[prev - 1])
        and analyze_role(doc.words[prev - 1]) is None  # "Dirigent Min-jun Seong"
        and doc.words[prev - 1] not in lex.TITLES
    ):
        return False  # "Ahn Tae-woo": the given name after the family name ends the name
    prev_given = (
        lex.is_given_name(p)
        or nm.is_initial(p)
        or (lex.is_word_given_name(p) and word_given_name_starts(doc, prev))
    )
    if looks_genitive(p) and not prev_given and not nm.is_name_core(w):
        return False  # "Putins Sprecher": a genitive ends the name
    if nm.is_name_core(w):
        return True
    if (
        doc.word(prev - 1) in lex.PARTICLES
        and lex.FOREIGN_PARTICLES.intersection((doc.word(prev - 1), doc.word(prev - 2)))
        and lex.is_place(w)
        and not lex.is_common_noun(w)
        and doc.same_sentence(prev - 1, j)
    ):
        return True  # "María José de la Torre Valencia": a second surname that is a place
    if nm.is_name_core(w, strict=False) and tag_after(doc, j + 1) and nm.is_name_core(p):
        return True  # "Jule Brandenstein (Grüne)": a compound-like surname before a tag
    if _double_surname(w):
        return True  # "Malin Esterházy-Krug": a double surname whose first part is a name
    # Ordinary nouns, role nouns and adjectives as surnames need a first name before them:
    # "Thomas Müller", "Anna Koch", "Katharina Dröge" - but not "Scholz Geld".
    if not prev_given and not trusted:
        return False
    if w in lex.LAYOUT_WORDS:
        return False
    if (lex.is_common_noun(w) or is_role_word(w)) and not nm.lemma_is_lowercase(w):
        # "Katherina Reiche" (tagged PROPN), not "für Anna Blumen" (plural of a noun);
        # "Jessie Moore" when the pipeline marked both words as one person
        trusted_pair = trusted and lex.is_given_name(p)
        return _uninflected(w) or doc.tags[j] == "PROPN" or trusted_pair
    return True


def _double_surname(word: str) -> bool:
    """A hyphenated word of capitalised parts whose first part is a name and no noun,
    place or role ("Esterházy-Krug", "Okwuosa-Lingenfelser"): a double surname, even when
    its last part is a noun."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(part[:1].isupper() and len(part) > 1 for part in parts)
        and nm.is_name_core(parts[0])
        and not lex.is_common_noun(parts[0])
        and not lex.is_place(parts[0])
        and not lex.is_given_name(parts[0])
        and analyze_role(word) is None
        and analyze_role(parts[0]) is None
    )


def _weekday_surname(doc: TokenView, j: int, prev: int, trusted: bool) -> bool:
    """ "der 61 Jahre alte Friedhelm Sonnabend, rettete ...": a weekday right after a known
    first name is a surname (Freitag, Sonnabend) when the pipeline marked both as one
    person or a comma or bracket closes the name; a weekday as a time needs "am", "seit",
    ... and never follows a bare first name."""
    return (
        doc.words[j] in lex.WEEKDAYS
        and lex.is_given_name(doc.words[prev])
        and (trusted or doc.word(j + 1) in {",", "(", ")"})
    )


def _function_word_surname(doc: TokenView, j: int, prev: int) -> bool:
    """ "Ministerpräsident Stephan Weil (SPD)", "Trainer Uwe Wie sagte": a function word
    ("weil", "wie") written with a capital inside a sentence, right after a role noun and
    a known first name and before a tag or a lowercase word (a verb), is a surname; as a
    conjunction it would be lowercase there."""
    w = doc.words[j]
    if w in lex.MONTHS or w in lex.WEEKDAYS or not nm.lemma_is_lowercase(w):
        return False
    return (
        prev >= 1
        and lex.is_given_name(doc.words[prev])
        and doc.same_sentence(prev - 1, j)
        and role_at(doc, prev - 1) is not None
        and (tag_after(doc, j + 1) or doc.word(j + 1).islower())
        and doc.same_sentence(j, j + 1)
    )


def _month_name_part(doc: TokenView, j: int, prev: int) -> bool:
    """ "die Biologin Đặng Thị Mai, ...": a month that is also a first name right after a
    name word and before a comma or the end of the sentence is part of the name; a month
    as a date has a preposition, a day or a year with it ("im Mai", "am 3. Mai", "Mai
    2024"). Also between two name words that are no nouns or places ("Võ Thị Mai Anh":
    a middle name), where a date has no place."""
    nxt = doc.word(j + 1)
    between = (
        doc.same_sentence(j, j + 1)
        and nm.is_name_core(nxt)
        and not lex.is_common_noun(nxt)
        and not lex.is_place(nxt)
        and not lex.is_place(doc.words[prev])
    )
    return (
        doc.words[j] in lex.MONTHS
        and lex.is_given_name(doc.words[j])
        and nm.is_capitalised_word(doc.words[prev])
        and not lex.is_common_noun(doc.words[prev])
        and (between or (nxt in {",", ".", "(", ";"} and not doc.word(j + 2)[:1].isdigit()))
    )


def _first_name_like(word: str) -> bool:
    """A known first name or initials ("RJ", "J.")."""
    return lex.is_given_name(word) or nm.is_initial(word) or bool(_INITIAL_PAIR.match(word))


def _uninflected(word: str) -> bool:
    """A noun in its dictionary form ("Müller"), not a plural or case form ("Waffen")."""
    return cached_lemma(word).lower() == word.lower()


def extend_run(
    doc: TokenView,
    first: int,
    limit: int | None = None,
    trusted_stop: int = -1,
    nicknames: bool = True,
) -> int:
    """The end (exclusive) of the name that starts at token ``first``.

    Tokens before ``trusted_stop`` belong to a PER entity (see :func:`can_follow`).
    ``nicknames``: may a nickname in quotes follow the first word (not again in the
    surname after one, so a long chain of them recurses no deeper)?
    """
    stop = first + 1
    n = doc.n if limit is None else min(limit, doc.n)
    count = 1
    while stop < n and count < 6 and doc.same_sentence(first, stop):
        w = doc.words[stop]
        if doc.blocked[stop]:
            break
        if _suffix_after_surname(doc, first, stop):
            stop += 1  # "Dalton R. Whitcombe Jr.": the suffix ends the name
            break
        if _catalan_i(doc, first, stop, n):
            stop += 2  # "Montserrat Puigdevall i Serra": "i" (and) joins two surnames
            count += 1
            continue
        if w in lex.PARTICLES:
            if has_surname(doc, first, stop):
                break  # "Katrin Berg von der Charité": an affiliation, not a noble name
            k = stop
            while k < n and doc.words[k] in lex.PARTICLES and k - stop < 3:
                k += 1
            patronymic = doc.words[k - 1] in lex.PATRONYMIC_PARTICLES  # "bin Sultan"
            # "Swantje ter Haar": a foreign particle after a first name, any surname
            # "Maria das Graças dos Santos": also inside a name that opens with a first name
            foreign = w in lex.FOREIGN_PARTICLES and (
                lex.is_given_name(doc.words[stop - 1])
                or stop - 1 == first
                or lex.is_given_name(doc.words[first])
            )
            # "Gerold zu Sayn-Falkenhorst (CSU, 63)": a German particle after a first name
            # and a surname that is also a noun, before "(party)" or "(age)"
            foreign = foreign or (
                w in lex.LEADING_PARTICLES
                and lex.is_given_name(doc.words[stop - 1])
                and k < n
                and tag_after(doc, k + 1)
            )
            if (
                k < n
                and doc.same_sentence(first, k)
                and (
                    nm.is_name_core(doc.words[k], strict=False)
                    or (
                        (patronymic or foreign or k < trusted_stop)
                        and nm.is_capitalised_word(doc.words[k])
                        and not ((foreign or k < trusted_stop) and nm.is_never_name(doc.words[k]))
                    )
                )
                and not doc.blocked[k]
                and (
                    _particles_ok(doc.words[stop:k], doc.words[stop - 1])
                    or _portuguese_das(doc, stop, k)
                )
            ):
                stop = k + 1
                count += 1
                continue
            break
        # a role noun before or the pipeline's PER over the first word: it may be a first
        # name the lists lack ("Agrarlobbyist Cleiton „Tatu“ Rezende Filho")
        trusted = first < trusted_stop or (
            first > 0
            and doc.same_sentence(first - 1, first)
            and role_at(doc, first - 1) is not None
        )
        nick_end = _nickname_end(doc, first, stop, n, trusted) if nicknames else stop
        if nick_end > stop:
            stop = nick_end  # "Mirko „Mücke“ Stanojević"
            count += 1
            continue
        if nm.is_initial(w):
            p = doc.words[stop - 1]
            if (
                lex.is_given_name(p)
                or nm.is_name_core(p)
                or nm.is_initial(p)
                or (stop - 1 == first and _first_name_before_middle_initial(doc, stop))
            ):
                stop += 1
                count += 1
                continue
            break
        if (
            w in lex.CAPITAL_PARTICLES
            and stop + 1 < n
            and doc.same_sentence(first, stop + 1)
            and nm.is_name_core(doc.words[stop + 1], strict=False)
        ):
            stop += 2  # "Marine Le Pen"
            count += 1
            continue
        if can_follow(doc, stop, stop - 1, trusted=stop < trusted_stop):
            stop += 1
            count += 1
            continue
        break
    return stop


def _suffix_after_surname(doc: TokenView, first: int, stop: int) -> bool:
    """Is token ``stop`` a generational suffix ("Jr.", "sen.") after a name of at least
    two words that ends in a capitalised name word ("Martin Luther King Jr.")?"""
    return (
        stop - first >= 2
        and nm.is_generation_suffix(doc.words[stop])
        and nm.is_capitalised_word(doc.words[stop - 1])
        and not nm.is_initial(doc.words[stop - 1])
    )


def _catalan_i(doc: TokenView, first: int, stop: int, n: int, trusted: bool = False) -> bool:
    """Is token ``stop`` the Catalan "i" (and) between two surnames: after a first name
    and a surname, before one capitalised name word that ends the name ("Montserrat
    Puigdevall i Serra", "Pau Gasol i Sáez")? A Latin numeral "i" after a name is lower
    case only in lists ("Anhang i"); the word after it must be a name, not a noun or a
    place, and end the name ("Laia Ferrer i Anna Puig" are two people). ``trusted``: the
    pipeline found [first, stop) as a person, so the Spanish "y" counts too, and the first
    word may be a place ("Montserrat") and so may the last after "i" ("Serra")."""
    k = stop + 1
    return (
        (doc.word(stop) == "i" or (trusted and doc.word(stop) == "y"))  # stop may be n
        and stop - first >= 2
        and k < n
        and doc.same_sentence(first, k)
        and not doc.blocked[k]
        and (
            trusted
            or lex.is_given_name(doc.words[first])
            or _accented_given_name(doc.words[first])
            or stop - first >= 3
        )
        and nm.is_name_core(doc.words[stop - 1], strict=False)
        and nm.is_name_core(doc.words[k])
        # a place after the Spanish "y" may be one ("Pablo Ruiz y Toledo": a man and a city)
        and (not lex.is_place(doc.words[k]) or (trusted and doc.word(stop) == "i"))
        and not doc.word(k + 1)[:1].isupper()
    )


def _nickname_end(doc: TokenView, first: int, stop: int, n: int, trusted: bool = False) -> int:
    """A nickname in quotes between a first name and the surname ("Mirko „Mücke“
    Stanojević", "Hans »Hansi« Berg", "Jana „JJ“ Jansen"): one or two capitalised words
    (or initials) in quotes right after a known first name, then a surname, all before
    token ``n``. The end after the surname, else ``stop``. ``trusted``: the pipeline
    found the first word as a person ("[Cleiton] „Tatu“ Rezende Filho"), which may then be
    a first name the lists lack."""
    if stop - 1 != first or doc.words[stop] not in OPEN_QUOTES or stop + 3 >= n:
        return stop
    w = doc.words[first]
    unlisted = (
        trusted
        and nm.is_capitalised_word(w)
        and not lex.is_common_noun(w)
        and not lex.is_place(w)
        and analyze_role(w) is None
    )
    if not (lex.is_given_name(w) or unlisted):
        return stop
    close = stop + 1
    while close < n and close - stop <= 3 and doc.words[close] not in CLOSE_QUOTES:
        if not _nickname_word(doc.words[close]):
            return stop
        close += 1
    surname = close + 1
    if (
        close == stop + 1
        or close - stop > 3
        or doc.words[close] not in CLOSE_QUOTES
        or surname >= n
        or not doc.same_sentence(first, surname)
        or doc.starts[surname] != doc.ends[close] + 1  # „Mücke“ Stanojević: one space
        or not (
            nm.is_name_core(doc.words[surname], strict=False)
            or _noun_surname_after_nickname(doc, surname, n)
        )
    ):
        return stop
    return extend_run(doc, surname, n, nicknames=False)


def _nickname_word(word: str) -> bool:
    """A word of a nickname: capitalised ("Mücke", "Der Hammer") or initials ("JJ")."""
    return nm.is_capitalised_word(word) or (word.isalpha() and word.isupper() and len(word) <= 4)


def _noun_surname_after_nickname(doc: TokenView, surname: int, n: int) -> bool:
    """ "Ralf „Der Hammer“ Kötter": after a first name and a nickname in quotes, a surname
    that is also a noun ("Kötter", "Kessel"), when it ends the name (no capitalised word,
    article or preposition after it) and is no role or title."""
    w = doc.words[surname]
    return (
        nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and not doc.blocked[surname]
        and not doc.other_entity[surname]
        and w not in lex.TITLES
        and analyze_role(w) is None
        and not (surname + 1 < n and doc.words[surname + 1][:1].isupper())
        # "nannte Ralf „Hammer“ Anfang der Woche": a noun before its article
        and not (surname + 1 < n and doc.words[surname + 1].lower() in _NOUN_FOLLOWERS)
    )


#: Words after a noun that starts a phrase ("Anfang der Woche", "Ende des Jahres").
_NOUN_FOLLOWERS = lex.DETERMINERS | lex.PREPOSITIONS


def _nickname_start(doc: TokenView, a: int) -> int:
    """ "Malik „Lucky“ [Demir]": the first name before a nickname in quotes right before
    the surname at ``a`` (see :func:`_nickname_end`), else ``a``."""
    close = a - 1
    if close < 2 or doc.words[close] not in CLOSE_QUOTES:
        return a
    k = close - 1
    while k > 0 and close - k <= 3 and doc.words[k] not in OPEN_QUOTES:
        k -= 1
    g = k - 1
    if (
        g < 0
        or doc.words[k] not in OPEN_QUOTES
        or doc.blocked[g]
        or not doc.same_sentence(g, a)
        or _nickname_end(doc, g, g + 1, doc.n) <= a
    ):
        return a
    return g


def extend_particles(doc: TokenView, first: int, stop: int) -> int:
    """Continue a name past a PER entity only over particles: "Baschar" + "al-Assad"."""
    while stop < doc.n and doc.same_sentence(first, stop) and not doc.blocked[stop]:
        w = doc.words[stop]
        if _suffix_after_surname(doc, first, stop):
            return stop + 1  # "[Dalton R. Whitcombe] Jr."
        if _catalan_i(doc, first, stop, doc.n):
            return extend_run(doc, first, stop + 2)  # "[Anna Puig] i Serra"
        if w in lex.PARTICLES and has_surname(doc, first, stop):
            break
        if nm.is_particle_name(w) or nm.is_initial(w):
            stop += 1
            continue
        if w in lex.LEADING_PARTICLES or (
            w in lex.PARTICLES and _particles_ok([w], doc.words[stop - 1])
        ):
            k = stop
            while k < doc.n and k - stop < 3 and doc.words[k] in lex.PARTICLES:
                k += 1
            if k < doc.n and doc.other_entity[k]:
                break  # "Tariq al-Masaeed von der [University of Jordan]": an affiliation
            end = extend_run(doc, stop - 1, stop + 4)
            if end > stop:
                stop = end
                continue
        break
    return stop


def _place_word_after_age(doc: TokenView, first: int) -> bool:
    """ "Der 45-jährige [Zürcher Reto Baumann]": a place's word after an age attribute
    says where the person is from (before a first name); it is no surname."""
    return age_attribute_before(doc, first) and place_adjective(doc.words[first])


def skip_to_given_name(doc: TokenView, first: int, stop: int) -> int:
    """ "Fraktionsvize Jens Spahn": an unknown word before a first name is no part of it.
    Nor is a demonym after an article, even one that a name list holds ("Der [Inder] Sai
    Tejas Konduri")."""
    if (
        stop - first >= 3
        and doc.word(first - 1).lower() in _DEMONYM_ARTICLES
        and doc.same_sentence(first - 1, first)
        and _is_demonym(doc.words[first])
        and nm.is_capitalised_word(doc.words[first + 1])
    ):
        first += 1
    while (
        stop - first >= 3
        and not lex.is_given_name(doc.words[first])
        and not _accented_given_name(doc.words[first])  # "Luíza Helena Bastos Carvalho"
        and not nm.is_initial(doc.words[first])  # "H. Dwight Carraway"
        and not (
            nm.is_name_core(doc.words[first])
            and stop - first == 3
            and doc.words[first] not in lex.TITLES
            and not _place_word_after_age(doc, first)
        )
        and lex.is_given_name(doc.words[first + 1])
        and not EAST_ASIAN_GIVEN.match(doc.words[first + 1])
        and doc.words[first + 1] not in lex.CAPITAL_PARTICLES
    ):
        first += 1
    return first


#: Articles before a demonym noun that stands before a name ("der Inder", "den Chinesen").
_DEMONYM_ARTICLES = lex.words("der die den dem des ein eine einen einem")


def _is_demonym(word: str) -> bool:
    """ "Inder", "Chinesin": a noun of a people or nationality (a role of kind demonym)."""
    role = analyze_role(word)
    return role is not None and role.kind == "demonym"


def _cut_after_genitive(doc: TokenView, a: int, b: int) -> int:
    """ "Erpenbecks Roman": a possessor's genitive followed by a common noun ends the name.

    Only when the bare form is written elsewhere in the text ("Erpenbeck"), so that
    names ending in -s ("Thomas Roman") are left alone.
    """
    for k in range(a, b - 1):
        w = doc.words[k]
        if (
            looks_genitive(w)
            and nm.degenitive(w) in doc.word_set
            and lex.is_common_noun(doc.words[k + 1])
        ):
            return k + 1
    return b


def _genitive_possessor(doc: TokenView, a: int) -> bool:
    """May the one word at ``a`` be a possessor's genitive ("Putins")? Not a name in "-us",
    "-os", "-as", "-is" whose bare form the text never writes ("Mattheus", "Matthias"):
    those endings are a given name's own more often than a genitive "s"."""
    w = doc.words[a]
    if not looks_genitive(w):
        return False
    return not w.endswith(("us", "os", "as", "is")) or nm.degenitive(w) in doc.word_set


def _full_name_at(doc: TokenView, a: int) -> bool:
    """Does a full name, a known first name and a capitalised name word, start at ``a``?
    A surname after "von"/"zu" has no first name of its own."""
    nxt = doc.word(a + 1)
    return (
        a + 1 < doc.n
        and lex.is_given_name(doc.words[a])
        and doc.same_sentence(a, a + 1)
        and not doc.blocked[a + 1]
        and nm.is_capitalised_word(nxt)
        and nm.is_name_core(nxt, strict=False)
        and analyze_role(nxt) is None
    )


def _accented_given_name(word: str) -> bool:
    """ "Luíza", "Joaquín": a first name with an accent that the name lists hold only
    without it ("Luiza"); a word without accents is left to :func:`lex.is_given_name`."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return (
        plain != word
        and word not in lex.CAPITAL_PARTICLES  # the Irish "Ní" is no "Ni"
        and lex.is_given_name(plain)
        and not lex.is_place(word)
    )


def _extend_left(doc: TokenView, a: int) -> int:
    """Start a name earlier when the pipeline left out its first name (and particles).

    "Ursula von der [Leyen]" and "Anton [Zeilinger]" -> the whole name; only a known
    first name in the same sentence counts, so "ein Treffen von [Scholz]" stays.
    """
    nick = _nickname_start(doc, a)
    if nick < a:
        return nick  # "Malik „Lucky“ [Demir]": the first name before the nickname
    j = a
    while j > 0 and doc.same_sentence(j - 1, a) and not doc.blocked[j - 1]:
        w = doc.words[j - 1]
        if not (nm.is_initial(w) or (j == a and _INITIAL_PAIR.match(w) and can_start(doc, j - 1))):
            break
        j -= 1  # "A. [K. Brenninger]", "RJ [Callahan]"
    if j < a:
        return j
    if _first_name_before_middle_initial(doc, a):
        return a - 1  # "Senator Wade [T. Ellerbrock]": the first name before the initial
    while j > 0 and doc.same_sentence(j - 1, a) and not doc.blocked[j - 1]:
        if doc.words[j - 1] not in lex.PARTICLES:
            break
        j -= 1
    if j < a and not _particles_ok(doc.words[j:a]):
        return a
    if j < a and _full_name_at(doc, a):
        return a  # "Die Trainerin Anna von [Jens Pohlke] entlassen": "von" of the agent
    g = j - 1
    if (
        g >= 0
        and doc.same_sentence(g, a)
        and not doc.blocked[g]
        and (
            lex.is_given_name(doc.words[g])
            or _accented_given_name(doc.words[g])  # "Luíza [Helena Bastos Carvalho]"
            or (lex.is_word_given_name(doc.words[g]) and word_given_name_starts(doc, g))
            # "die Bildhauerin Clementine von [Ruppersberg]": a word first name after a role
            or (
                j < a
                and doc.words[j] in lex.LEADING_PARTICLES
                and first_name_before_particles(doc, g)
            )
        )
        and not nm.is_never_name(doc.words[g])
        and doc.words[g] not in lex.TITLES
        and analyze_role(doc.words[g]) is None
    ):
        return g
    if (
        j == a
        and g >= 1
        and not doc.other_entity[g]
        and not lex.is_given_name(doc.words[a])  # "Geschäftsführer Marketing [Timo A]"
        and first_name_after_role(doc, g)
    ):
        return g  # "Goldschmied [Wendel] Kumpmann", "Hufschmied [August] Telgenbrok"
    if (
        j == a - 1
        and doc.words[j] in lex.PATRONYMIC_PARTICLES
        and g >= 0
        and _before_patronymic(doc, g)
    ):
        return g  # "Nasser bin [Hamad al-Obaidli]": the first name before "bin" may be a word
    if (
        j == a
        and doc.words[a] in lex.CAPITAL_PARTICLES
        and g >= 0
        and doc.same_sentence(g, a)
        and g != doc.sentence_start(g)
        and not doc.blocked[g]
        and nm.is_capitalised_word(doc.words[g])
        and doc.words[g] not in lex.TITLES
        and analyze_role(doc.words[g]) is None
        and not lex.is_place(doc.words[g])
    ):
        return g  # "Marine [Le Pen]": a name in that shape has its first name before it
    if j == a and doc.word(a - 1) in lex.CAPITAL_PARTICLES and _first_name_at_shape(doc, a - 2, a):
        return a - 2  # "Gráinne Ní [Fhlannagáin]": the pipeline left out both
    return a


def _first_name_at_shape(doc: TokenView, g: int, a: int) -> bool:
    """May token ``g``, inside its sentence, be the first name of a name in the shape
    "<first> <capital particle> <surname>" ending at ``a``? No title, role or place."""
    return (
        g >= 0
        and doc.same_sentence(g, a)
        and g != doc.sentence_start(g)
        and not doc.blocked[g]
        and not doc.other_entity[g]
        and nm.is_capitalised_word(doc.words[g])
        and doc.words[g] not in lex.TITLES
        and analyze_role(doc.words[g]) is None
        and not lex.is_place(doc.words[g])
    )


def first_name_after_role(doc: TokenView, a: int) -> bool:
    """ "Ihr Enkel [Mattes Feddersen]": a PER span of two capitalised words right after a
    role noun starts with the first name, even one the lexicon knows only as a noun or an
    adjective (capitalised after a noun, it is neither); no role, place or title. Also
    where the pipeline found only the surname ("Goldschmied Wendel [Kumpmann]", see
    :func:`_extend_left`), and a first name that is also a month ("Hufschmied August
    [Telgenbrok]": a role noun takes no bare month after it). After a demonym only before a
    word that may be a surname by itself ("den Schweden [Olle Bergqvist-Lind]")."""
    if a < 1 or not doc.same_sentence(a - 1, a + 1):
        return False
    role = role_at(doc, a - 1)
    w = doc.words[a]
    return (
        role is not None
        and (
            role.kind in {"noun", "family"}
            # "den Schweden [Olle Bergqvist-Lind]": a demonym before a surname-like word
            or (role.kind == "demonym" and nm.is_name_core(doc.word(a + 1), strict=False))
        )
        and not is_company_role(role)
        and nm.is_capitalised_word(w)
        and analyze_role(w) is None
        and not lex.is_place(w)
        and w not in lex.TITLES
        and (not nm.is_never_name(w) or lex.is_given_name(w))
        and nm.is_capitalised_word(doc.words[a + 1])
        and analyze_role(doc.words[a + 1]) is None
        and not lex.is_place(doc.words[a + 1])
    )


def _place_first_name_after_role(doc: TokenView, a: int) -> bool:
    """Does a PER span of three or more words right after a role noun open with a word the
    lexicon knows as a place, followed by a name word ("Präsidentin [Rosario Huamaní de
    Villanueva]")? A role noun takes no bare place after it: the place is the first name."""
    role = role_at(doc, a - 1) if a >= 1 and doc.same_sentence(a - 1, a) else None
    nxt = doc.word(a + 1)
    return (
        role is not None
        and role.kind in {"noun", "family"}
        and lex.is_place(doc.words[a])
        and nm.is_capitalised_word(doc.words[a])
        and nm.is_name_core(nxt)
        and not lex.is_place(nxt)
        and analyze_role(nxt) is None
    )


def place_first_name_run(doc: TokenView, a: int) -> int:
    """The end of a name of three or more words after a role noun that opens with a word the
    lexicon knows as a place ("Binnenmarktkommissarin [Montserrat Puigdevall i Serra]",
    see :func:`_place_first_name_after_role`) where the pipeline found no person; else
    ``a``. Two words ("Bürgermeister Paris Müller"?) are too little evidence."""
    if doc.blocked[a] or doc.other_entity[a] or not _place_first_name_after_role(doc, a):
        return a
    stop = extend_run(doc, a + 1)
    return stop if stop - a >= 3 and not any(doc.other_entity[a:stop]) else a


def _first_name_before_middle_initial(doc: TokenView, a: int) -> bool:
    """Does a first name stand before the middle initial that opens a PER run at ``a``
    ("Wade T. Ellerbrock")? A capitalised word that is no role, title, place or particle
    and, when it is also a noun ("Wade"), after a role noun ("Senator Wade T. ...")."""
    g = a - 1
    if g < 1 or not nm.is_initial(doc.words[a]) or not doc.same_sentence(g, a):
        return False
    w = doc.words[g]
    if (
        doc.blocked[g]
        or not nm.is_capitalised_word(w)
        or nm.is_never_name(w)
        or "." in w
        or w in lex.TITLES
        or w in lex.CAPITAL_PARTICLES
        or analyze_role(w) is not None
        or lex.is_place(w)
        or doc.other_entity[g]
        or g == doc.sentence_start(g)
    ):
        return False
    role_before = doc.same_sentence(g - 1, g) and role_at(doc, g - 1) is not None
    return role_before or (not lex.is_common_noun(w) and doc.words[g - 1][:1].islower())


def _particles_ok(words: Sequence[str], before: str = "") -> bool:
    """ "von", "von der", "van der", "de la", "zu": not a bare article like "der".

    After a capitalised particle ("Van der Hoeven" at the start of a sentence) any
    particle may follow."""
    if before and before[:1].isupper() and before.lower() in lex.LEADING_PARTICLES:
        return bool(words)
    return bool(words) and words[0] in lex.LEADING_PARTICLES


def _portuguese_das(doc: TokenView, stop: int, k: int) -> bool:
    """ "Maria das Graças", "João das Neves": the Portuguese "das" (a German article too)
    after a listed first name, before a name word that no dictionary knows ("gab Maria
    das Geld" stays)."""
    return (
        k == stop + 1
        and doc.words[stop] == "das"
        and lex.is_given_name(doc.words[stop - 1])
        and nm.is_name_core(doc.words[k])
        and not lex.is_given_name(doc.words[k])
        and not is_known(doc.words[k])
    )


def first_name_before_particles(doc: TokenView, g: int) -> bool:
    """ "Die Springreiterin [Clementine] zu Heydeck-Saalfeld": right after a role noun, a
    capitalised word before the particles of a surname is the first name, even one the
    lexicon lacks or knows only as a noun."""
    w = doc.words[g]
    return (
        g > 0
        and doc.same_sentence(g - 1, g)
        and role_at(doc, g - 1) is not None
        and nm.is_capitalised_word(w)
        and not nm.lemma_is_lowercase(w)
        and analyze_role(w) is None
        and not lex.is_place(w)
    )


def role_phrase_before_comma(doc: TokenView, first: int, stop: int) -> bool:
    """Is the span [first, stop) an apposition closed by a comma after a definite role
    phrase ("Die Bürgermeisterin von Charkiw, [Switlana Martschuk-Lys], sagte")? The
    phrase names the office, the span the person who holds it."""
    comma = first - 1
    if doc.word(comma) != "," or doc.word(stop) not in lex.CLOSERS:
        return False
    h = comma - 1
    while h >= 0 and doc.same_sentence(h, comma) and comma - h <= 12:
        w = doc.words[h]
        if w in lex.BOUNDARIES:
            return False
        role = analyze_role(w) if w[:1].isupper() else None
        if (
            role is not None
            and role.kind != "demonym"
            and not is_company_role(role)
            and doc.word(h - 1).lower() in lex.DETERMINERS
            and complement_end(doc, h, comma) == comma
        ):
            return True
        h -= 1
    return False


def _holder_after_role_phrase(doc: TokenView, first: int, stop: int) -> bool:
    """Is the span [first, stop) two to four name words in the apposition of a definite
    role phrase ("Der Bürgermeister von Lwiw, [Taras Melnychuk-Dovhan], sprach")? The
    phrase names an office, the span its holder, whose first name may be a word."""
    words = doc.words[first:stop]
    return (
        2 <= len(words) <= 4
        and all(
            nm.is_capitalised_word(w)
            and analyze_role(w) is None
            and not lex.is_place(w)
            and not nm.is_never_name(w)
            for w in words
        )
        and nm.is_name_core(words[-1], strict=False)
        and not lex.is_common_noun(words[-1])
        and role_phrase_before_comma(doc, first, stop)
    )


def joined_surname(doc: TokenView, first: int, stop: int) -> bool:
    """Is token ``stop`` the Catalan "i" or the Spanish "y" between the two surnames of a
    name [first, stop) the pipeline found as a person but cut before it or tagged the last
    word as a place ("[Montserrat Puigdevall] i [Serra]", "[Carmen Calvo] y Poyato")?
    :func:`_catalan_i` trusting the pipeline: the first word may be a place ("Montserrat")
    and so may the last after "i" ("Serra"), which must be no dictionary noun. German joins
    two people with "und"."""
    return (
        _catalan_i(doc, first, stop, doc.n, trusted=True)
        and not lex.is_common_noun(doc.words[stop + 1])
        # the Spanish "y" before a word the pipeline tagged as a place or body: "Pablo Ruiz
        # y Castillo" may be two people (the Catalan "[Puigdevall] i [Serra]" was so)
        and (doc.words[stop] == "i" or not doc.other_entity[stop + 1])
        and not _plural_beside(doc, first, stop + 2)
    )


def _plural_beside(doc: TokenView, first: int, stop: int) -> bool:
    """Does a plural word stand right before or after the words [first, stop): a plural
    verb or noun that makes them two people ("Die Kandidaten A y B stellten sich vor",
    "Gewonnen haben A y B")?"""
    return any(
        "Number=Plur" in doc.morphs[t]
        for t in (first - 1, stop)
        if 0 <= t < doc.n and doc.same_sentence(first, t)
    )


def runs_in_entity(doc: TokenView, first: int, stop: int) -> list[tuple[int, int, bool]]:
    """Name runs inside a PER entity span, repaired: (first, stop, weak).

    A run is weak when ordinary nouns were cut off before a single remaining word
    ("Interesse Kims", "Bad Kreuznach"): it may name a known person, not a new one.
    """
    runs: list[tuple[int, int, bool]] = []
    i = first
    while i < stop:
        if doc.blocked[i]:
            i += 1
            continue
        if doc.words[i] == "(":  # "(Grüne)", "(40)" inside the span: no name
            close = i + 1
            while close < stop and doc.words[close] != ")":
                close += 1
            i = close + 1
            continue
        a = i
        cut_noun = False
        lenient = stop - first == 1  # the pipeline marked just this word
        while a < stop and not can_start(doc, a, strict=not lenient):
            w = doc.words[a]
            if a > 0 and role_at(doc, a - 1) is not None and short_family_name(doc, a):
                break  # "die Chinesin [Hu Jiale]"
            if a + 2 == stop and a > 0 and _family_name_noun(doc, a):
                break  # "Chinas Außenminister [Tang Weiguo]": a family name that is a word
            if a == first and a + 2 == stop and first_name_after_role(doc, a):
                break  # "Ihr Enkel [Mattes Feddersen] (24)": a first name that is also a noun
            if a == first and stop - a >= 3 and _place_first_name_after_role(doc, a):
                break  # "Präsidentin [Rosario Huamaní de Villanueva]": a first name and a city
            if a == first and joined_surname(doc, a, stop) and _place_first_name_after_role(doc, a):
                break  # "Kommissarin [Montserrat Puigdevall] i Serra": "i" tells a name
            if a + 1 < stop and unlisted_first_name(doc, a):
                break  # "[Ömer Kılınç]": a first name the lexicon lacks, then a surname
            if a == first and _holder_after_role_phrase(doc, first, stop):
                break  # "Der Bürgermeister von Lwiw, [Taras Melnychuk-Dovhan],"
            if a == first and a + 2 == stop and _word_given_name_before_surname(doc, a):
                break  # "[Bertram Quellmalz]": a first name that is a word, then no word
            if a == first and a + 2 == stop and _first_name_before_double_surname(doc, a):
                break  # "[Balz Iselin-Hoffmann]": a rare first name that is a word
            if (
                a == first
                and a + 2 < stop
                and doc.words[a + 1] in lex.LEADING_PARTICLES
                and first_name_before_particles(doc, a)
            ):
                break  # "Die Springreiterin [Clementine zu Heydeck-Saalfeld]"
            if a + 2 < stop and _first_name_before_middle_initial(doc, a + 1):
                break  # "Senator [Wade T. Ellerbrock]": a first name that is also a noun
            if (
                w in lex.LEADING_PARTICLES
                and a + 1 < stop
                and (nm.is_capitalised_word(doc.words[a + 1]) or doc.words[a + 1] in lex.PARTICLES)
            ):
                break  # "von der Leyen"
            role = analyze_role(w)
            if w[:1].isupper() and w not in lex.TITLES and (role is None or role.kind == "demonym"):
                cut_noun = True  # "Interesse Kims", "Leipziger Volkszeitung"
            elif role is not None and is_company_role(role):
                cut_noun = True  # "Risikokapitalgeber Earlybird"
            a += 1
        if a >= stop:
            break
        b = extend_run(doc, a, stop, trusted_stop=stop)
        full_b = b
        b = _cut_after_genitive(doc, a, b)
        if a == first:
            a = _extend_left(doc, a)
        if b < stop and all(w in lex.PARTICLES for w in doc.words[b:stop]):
            b = max(b, extend_run(doc, a))  # "[Pieter van] den Broek": cut inside particles
        if b == stop:
            b = extend_particles(doc, a, b)
        if b == stop and _name_word_after_entity(doc, a, b):
            b += 1  # "[Đặng Thị] Mai,", "[Isaac Otieno] Ndung'u": the pipeline stopped early
        if b == stop and b - a == 1 and doc.word(b) in OPEN_QUOTES:
            b = _nickname_end(doc, a, b, doc.n, trusted=True)  # "[Cleiton] „Tatu“ Rezende"
        if b == stop and b - a == 1 and lex.is_given_name(doc.words[a]):
            b = extend_run(doc, a)  # the pipeline stopped after "Anton" in "Anton Zeilinger"
        elif (
            b == stop
            and stop - first == 1
            and not _genitive_possessor(doc, a)
            and b < doc.n
            and doc.same_sentence(a, b)
            and not doc.other_entity[b]
            and not doc.blocked[b]
            and nm.is_name_core(doc.words[b])
            and (doc.word(b + 1) in {"(", ",", "und"} or not doc.word(b + 1)[:1].isupper())
        ):
            b += 1  # "[Jule] Brandenstein (Grüne)": a first name the lexicon lacks
        a = skip_to_given_name(doc, a, b)
        company_name = False
        role = role_at(doc, a - 1) if a > 0 else None
        if role is not None and is_company_role(role):
            if not _first_name_like(doc.words[a]):
                cut_noun = True  # "der Risikokapitalgeber Earlybird"
                company_name = b - a > 1  # "der Batteriehersteller Longxing Power"
            elif b - a == 1 and lex.is_given_name(doc.words[a]):
                cut_noun = True  # "der Möbelhändler [Otto]": a firm named after its founder
        if (
            a == first
            and b - a == 1
            and a > 0
            and doc.same_sentence(a - 1, a)
            and place_adjective(doc.words[a - 1])
            and not lex.is_given_name(doc.words[a])
        ):
            cut_noun = True  # "im Tiroler [Oberland]": a region after a place adjective
        if not company_name:
            runs.append((a, b, cut_noun and b - a == 1))
        if b < stop and doc.words[b] in lex.PARTICLES and has_surname(doc, a, b):
            break  # "Katrin Berg [von der Charité]": the rest is her affiliation
        i = max(b, a + 1) if b == full_b else b + 1  # skip the possessed noun ("Roman")
    return runs
