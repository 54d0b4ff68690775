"""Name candidates: every mention of a possible person, before merging.

From the pipeline's PER entities (repaired, see :mod:`app.people.runs`), from
LOC/ORG/MISC entities that plainly hold one person (:func:`relabel`), and from German
grammar: a role noun before capitalised name words ("Kanzler Scholz"), a known first
name before a surname ("Maria Schulz"), a name before "(71)" or "(SPD)".
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.lexicon import words as lex
from app.lexicon.lemmas import cached_lemma
from app.lexicon.roles import (
    RoleNoun,
    adjective_stem,
    analyze_plural_role,
    analyze_role,
    is_company_role,
)
from app.nlp.gazetteer import load_gazetteer
from app.people import names as nm
from app.people.ages import counterpart_role, dateline_end
from app.people.phrases import before_titles, np_start, place_adjective, role_at
from app.people.runs import (
    age_attribute_before,
    can_start,
    extend_particles,
    extend_run,
    first_name_after_role,
    first_name_before_particles,
    joined_surname,
    looks_genitive,
    place_first_name_run,
    role_phrase_before_comma,
    runs_in_entity,
    short_family_name,
    skip_to_given_name,
    unlisted_first_name,
    word_given_name_starts,
)
from app.people.tags import paren_info, tag_after
from app.people.view import Mention, Span, TokenView

if TYPE_CHECKING:
    from app.core.results import Entity


def make_mention(doc: TokenView, first: int, stop: int, source: str) -> Mention | None:
    words = doc.words[first:stop]
    core = [
        w
        for w in words
        if w not in lex.PARTICLES and not nm.is_initial(w) and not nm.is_generation_suffix(w)
    ]
    nxt = doc.word(stop)
    if not core or nm.is_organisation_word(core[-1]):
        return None  # "Nordkai Logistics", "Robert Koch-Institut": an organisation
    if any(_noun_with_lowercase_tail(w) for w in core):
        return None  # "was Jobcenter von Start-ups lernen": a loan noun, no name part
    if core[-1].lower().endswith(lex.LICENCE_ENDINGS):
        return None  # "General Public License": a licence after the role "General"
    if nxt[:1].isupper() and doc.same_sentence(first, stop) and nm.is_organisation_word(nxt):
        return None  # "Robert Murjahn Stiftung": named after a person, not one
    if _linked_organisation_compound(doc, first, stop):
        return None  # "Alfried Krupp von Bohlen und Halbach-Stiftung": one name of a body
    if _role_place_before_apposition(doc, first, stop):
        return None  # "Gouverneur von New Mexico, R. T. Hollister": the role's place
    if doc.word(first - 1) in lex.CLUB_PREFIXES | lex.CLUB_WORDS:
        return None  # "SpVgg Greuther Fürth", "SV Werder Bremen", "Dynamo Kiew": a club
    if doc.same_sentence(first, stop) and _firm_suffix(doc, stop):
        return None  # "Al Ahly SC", "Hertha BSC", "Oelgarth & Söhne": a club or a firm
    if _title_in_quotes(doc, first, stop):
        return None  # "im Fachblatt „Nature Physics“": a title or a medium
    if core[0] in _ORGANISATION_NOUNS or nm.is_organisation_head(core[0]):
        return None  # "[Spezialchemiekonzern Velmon]" as one span: a firm
    if (
        _after_organisation_noun(doc, first) and not _person_after_named_body(doc, first, stop)
    ) or _short_organisation_name(doc, first, stop):
        return None  # "Hochschule für Musik Franz Liszt", "Für Hartwell Brooks (Capital)"
    if len(core) == 1 and _bare_role_noun(doc, first, stop, core[0]):
        return None  # "Rentner (84) überfallen" in a headline: a role noun, nobody's name
    if len(core) == len(words) == 1 and _place_inhabitant(doc, first, core[0]):
        return None  # "Der erst 19 Jahre alte Oberstdorfer sprang": of a place, no name
    has_name_word = any(nm.is_name_core(w, strict=False) or lex.is_given_name(w) for w in core)
    if not has_name_word and len(core) >= 2 and lex.is_word_given_name(core[0]):
        has_name_word = word_given_name_starts(doc, first)  # "Hagen Fuchs", "Till Richter"
    # a lone word passes after a tag, or after an age before an initial ("der 23 Jahre alte
    # Eren Y.": a first name that the lexicon knows as a rare noun)
    initialled = source == "age" and len(words) == 2 and nm.is_initial(words[1])
    if not has_name_word and not (source == "tag" and len(core) == 1) and not initialled:
        return None
    last = words[-1]
    genitive = False
    if looks_genitive(last):
        bare = nm.degenitive(last)
        if last.endswith(("'", "’")) or (bare != last and bare in doc.word_set):
            # "Merz'", or "Putins" where "Putin" is written elsewhere; a name in "-ss"
            # ("Hess", "Voss") has no "s" genitive and is its own bare form
            genitive = True
        elif not last.endswith(("us", "os", "is", "as", "es")) and _genitive_context(
            doc, first, stop
        ):
            genitive = True  # "Bidens Sprecher"
    apostrophe = nxt in {"'", "’"} and last.endswith(("s", "z", "x", "ß"))
    if apostrophe:
        genitive = True  # "Jaspers' Vater": the genitive of "Jaspers", the name as written
    bare = nm.degenitive(last) if genitive and looks_genitive(last) and not apostrophe else last
    parts = [*words[:-1], bare]
    return Mention(first, stop, tuple(parts), genitive, source)


def _noun_with_lowercase_tail(word: str) -> bool:
    """ "Start-ups", "Check-ins", "Know-how": a hyphenated noun whose first part is a
    dictionary noun and whose last part is lowercase (names capitalise every part but a
    particle: "Jong-un" has no noun before it, "al-Assad" no lowercase end)."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and parts[-1][:1].islower()
        and parts[-1] not in lex.PARTICLES
        and len(parts[0]) > 3
        and parts[0][:1].isupper()
        and lex.is_common_noun(parts[0])
    )


_OPENING_MARKS = frozenset({"„", "»", "«", '"', "“"})
_CLOSING_MARKS = frozenset({"“", "«", "»", '"', "”"})


def _bare_role_noun(doc: TokenView, first: int, stop: int, word: str) -> bool:
    """Is the one name word ``word`` a role noun ("Rentner", "Bürgermeisterin") before an
    age tag that the text never writes after a first name ("Anna Richter")? Then it names
    nobody: "Rentner (84) überfallen", "Bürgermeisterin (45) tritt nicht mehr an" (a
    headline). A party tag names a person ("Koch (CDU)"). Also a kin noun ("Vater (45)
    und Sohn (12) gerettet"), a generic person ("Kind (2)") or a plural group noun
    ("Zwillinge (8) finden Bombe", "Zwillingsschwestern (17)": :func:`_group_noun`)."""
    role = analyze_role(word)
    if not _group_noun(word) and (
        role is None or role.kind not in {"noun", "adj", "family"} or lex.is_given_name(word)
    ):
        return False
    age, party = paren_info(doc, stop - 1)
    if doc.word(stop) != "(" or age is None or party is not None:
        return False  # no age tag, or a party's: "Koch (CDU)", "Richter (SPD, 54)"
    return not _written_after_a_first_name(doc, first, word)  # "Thomas Müller ... Müller (31)"


#: Plural nouns of kin and groups that a headline gives one age tag ("Zwillinge (8)
#: finden Bombe"): never a person's name.
_GROUP_NOUNS = lex.words(
    "Zwillinge Drillinge Vierlinge Geschwister Brüder Schwestern Eltern Kinder"
)


def _group_noun(word: str) -> bool:
    """Is ``word`` a group noun of :data:`_GROUP_NOUNS`, a compound ending in one
    ("Zwillingsschwestern", "Pflegeeltern") or a generic person noun ("Kind", "Mann")?"""
    if word in _GROUP_NOUNS or word in lex.GENERIC_PERSONS:
        return True
    low = word.lower()
    return any(low.endswith(g.lower()) and len(low) > len(g) + 2 for g in _GROUP_NOUNS)


def _written_after_a_first_name(doc: TokenView, first: int, word: str) -> bool:
    """Does the text write ``word`` elsewhere than at ``first`` after a first name or an
    initial ("Thomas Müller", "A. Müller")? Then it is a surname."""
    for i, w in enumerate(doc.words):
        if w == word and i != first:
            before = doc.word(i - 1)
            if lex.is_given_name(before) or nm.is_initial(before):
                return True
    return False


_AGE_BEFORE = re.compile(r"\d{1,3}-jährige[nrms]?|alte[nrms]?")


def _place_inhabitant(doc: TokenView, first: int, word: str) -> bool:
    """Is the one word ``word`` a place's word in "-er" after an age and an article ("Der
    erst 19 Jahre alte Oberstdorfer", "den 24-jährigen Garmischer"): a known place plus
    "-er", or a word that reads as a place's adjective (``place_adjective``), never written
    after a first name or an initial in the text? It says where somebody is from and
    names nobody ("der 19-jährige Bamberger" after "Anna Bamberger" stays her surname)."""
    if lex.is_given_name(word) or not place_adjective(word):
        return False
    age = first - 1
    if _AGE_BEFORE.fullmatch(doc.word(age)) is None:
        return False
    if doc.word(age).startswith("alte"):
        if doc.word(age - 1) != "Jahre" or not doc.word(age - 2).isdigit():
            return False
        age -= 2
    article = age - 1
    while article > 0 and doc.words[article] in _AGE_ADVERBS:
        article -= 1  # "Der erst 19 Jahre alte"
    if doc.word(article).lower() not in lex.DETERMINERS | lex.words("seines ihres"):
        return False
    # "Anna Bamberger ... der 19-jährige Bamberger": a surname
    return not _written_after_a_first_name(doc, first, word)


_AGE_ADVERBS = lex.words("erst gerade knapp fast schon bereits damals inzwischen heute")


def _linked_organisation_compound(doc: TokenView, first: int, stop: int) -> bool:
    """Do "von"/"und"/"zu" and capitalised words (no article) join the name at [first,
    stop) to a hyphenated organisation word ("Halbach-Stiftung") within four tokens? Then
    the whole is the name of a foundation or an institute, not a person."""
    j = stop
    while j < min(doc.n, stop + 4) and doc.same_sentence(first, j):
        w = doc.words[j]
        if j > stop and "-" in w and nm.is_organisation_word(w):
            return doc.words[j - 1] in {"und", "von", "zu"} or nm.is_capitalised_word(
                doc.words[j - 1]
            )
        if w not in {"von", "und", "zu"} and not (nm.is_capitalised_word(w) and "-" not in w):
            return False
        j += 1
    return False


def _title_in_quotes(doc: TokenView, first: int, stop: int) -> bool:
    """Does the name stand in quotation marks that hold nothing but a few capitalised
    words ("„Cell Reports“", "»Nature«")? Such a quote is a title, not a person."""
    a = first - 1
    while a >= 0 and first - a <= 3 and doc.words[a][:1].isupper():
        a -= 1
    b = stop
    while b < doc.n and b - stop <= 3 and doc.words[b][:1].isupper():
        b += 1
    return doc.word(a) in _OPENING_MARKS and doc.word(b) in _CLOSING_MARKS and a >= 0


#: Nouns of institutions and firms that the ``_ORG_HEAD`` endings of names.py miss.
_ORGANISATION_NOUNS = lex.words(
    "Brauerei Firma Unternehmen Hochschule Konzern Brauhaus Manufaktur Verlag Verein Verband"
    " Sender Kanzlei Agentur Stiftung Spedition Werft Autohaus Kaufhaus Modehaus Weingut"
    " Sägewerk Möbelhaus Bauunternehmen Baufirma Handelshaus Team Rennstall Klub Club"
    " Drogerie Discounter Marke Kette Partei"
)
#: Trades named by "-erei" ("Bäckerei", "Reederei", "Druckerei") before the owner's name,
#: and chains ("Drogeriekette", "Modekette", "Hotelkette").
_TRADE_NOUN = re.compile(r"[A-ZÄÖÜ]\w{2,}(?:erei|kette)$")


def _after_company_noun(doc: TokenView, a: int) -> bool:
    """Does a compound noun that mostly names firms stand right before token ``a``, also in the
    genitive ("des italienischen Versorgers [Enervia]", "der Autobauer [Tesla]")? A single
    word there that is no first name is the firm's name."""
    if a < 1 or not doc.same_sentence(a - 1, a):
        return False
    w, prev = doc.words[a], doc.words[a - 1]
    if lex.is_given_name(w) or nm.is_initial(w) or not prev[:1].isupper():
        return False
    forms = [prev, prev[:-1], prev[:-2]] if prev.endswith("s") else [prev]
    for f in forms:
        role = analyze_role(f)
        if role is None and not lex.is_common_noun(f):
            continue
        for head in lex.COMPANY_HEADS:
            # "Versorger" (no person noun) or a compound "Autobauer"; "Bauer Huber" is a farmer
            if f.lower().endswith(head) and (role is None or len(f) >= len(head) + 3):
                return True
    return False


def _continues_other_entity(doc: TokenView, first: int) -> bool:
    """Does a LOC/ORG entity that ends in a name particle ("Musée du", "Palais de la")
    stand right before the name at ``first``, with at most two lowercase words between
    ("quai")? Then the name is the rest of that place's or institution's name."""
    k = first - 1
    while k >= first - 2 and k > 0 and doc.words[k].islower() and not doc.other_entity[k]:
        k -= 1
    return (
        k >= 0
        and doc.same_sentence(k, first)
        and doc.other_entity[k]
        and doc.words[k] in lex.PARTICLES
    )


#: First words of place names that name no person when a name starts with them: the
#: Arabic "Umm" ("Umm Kasr", "Umm Durman") and the saints of Romance place names ("San
#: Pedro de Atacama", "São Paulo", "Santa Cruz"). After a first name they are part of a
#: surname ("Nayaret Santa Cruz"); after a role noun "Umm" starts a person's kunya
#: ("die Sängerin Umm Kulthum").
_PLACE_PREFIXES = lex.words("Umm San Santa Santo São Sankt Saint Sainte")


def _place_prefix_name(doc: TokenView, first: int, stop: int) -> bool:
    """Does the name [first, stop) start with a word of :data:`_PLACE_PREFIXES` and stand
    where a place does: after a place preposition ("in", "aus"), or after a capitalised
    noun that is no role ("im Hafen Umm Kasr"), or, for a saint, as a place that the
    gazetteer knows ("San Pedro")?"""
    w = doc.words[first]
    if w not in _PLACE_PREFIXES or stop - first < 2 or doc.blocked[first]:
        return False
    prev = doc.word(first - 1) if doc.same_sentence(first - 1, first) else ""
    if prev in _PLACE_PREPOSITIONS or prev in {"im", "ins", "bei", "nahe"}:
        return True
    if (
        prev
        and first - 1 != doc.sentence_start(first - 1)  # "Laut Umm Salim": no noun
        and nm.is_capitalised_word(prev)
        and analyze_role(prev) is None
        and not lex.is_given_name(prev)
        and lex.is_common_noun(prev)
    ):
        return True  # "der Hafen Umm Kasr", "die Stadt San Cristóbal"
    if w == "Umm" or analyze_role(prev) is not None or lex.is_given_name(prev):
        return False
    match = load_gazetteer().match_at(doc.words, first)
    return match is not None and match.end - match.start >= 2 and match.label == "LOC"


#: Nouns of administrative and other places, before the place's name ("des Departements
#: X", "der Provinz X", "im Landkreis X"); also as the end of a compound ("Bundesstaat").
_PLACE_NOUNS = (
    "departement",
    "provinz",
    "staat",
    "kanton",
    "bezirk",
    "distrikt",
    "region",
    "präfektur",
    "gemeinde",
    "kreis",
    "stadtteil",
    "ortsteil",
    "dorf",
    "stadt",
    "insel",
    "land",
    "gouvernement",
    "oblast",
    "grafschaft",
)


def _after_place_noun(doc: TokenView, a: int) -> bool:
    """Does a noun of a place ("des Departements", "der Provinz", "im Bundesstaat") stand
    right before the single name word at ``a``? The word then names the place; it may only
    name a person who is named otherwise."""
    if a < 1 or not doc.same_sentence(a - 1, a) or lex.is_given_name(doc.words[a]):
        return False
    prev = doc.words[a - 1]
    if not nm.is_capitalised_word(prev) or analyze_role(prev) is not None:
        return False
    low = prev.lower()
    for form in (low, low.removesuffix("s"), low.removesuffix("es")):
        if form in _PLACE_NOUNS or (form.endswith(_PLACE_NOUNS) and lex.is_common_noun(prev)):
            return True  # "Departements" (not in the dictionary), "Bundesstaat"
    return False


def _after_organisation_noun(doc: TokenView, first: int) -> bool:
    """Does the name at ``first`` follow a noun that names an organisation, directly or
    with a "für" complement: "die Brauerei Kronenbräu Biberach", "den
    Spezialchemiekonzern Velmon", "die Hochschule für Musik Franz Liszt"?"""
    k = first - 1
    while k > 0 and doc.word(k) in lex.TITLES and doc.same_sentence(k, first):
        k -= 1  # "beim Nahrungsmittelkonzern Dr. Oetker": a title in the firm's name
    if doc.word(k - 1) == "für" and doc.word(k)[:1].isupper() and doc.same_sentence(k - 2, k):
        k -= 2
    w = doc.word(k)
    if not (w[:1].isupper() and doc.same_sentence(k, first)):
        return False
    return w in _ORGANISATION_NOUNS or nm.is_organisation_head(w) or bool(_TRADE_NOUN.match(w))


def _person_after_named_body(doc: TokenView, first: int, stop: int) -> bool:
    """ "Präsident der Bundesbank Jens Weidmann": the organisation noun before the name
    is itself a name the pipeline found (an entity, not a kind noun as in "die Brauerei
    Kronenbräu"), and the name is a first name and a surname: a person after the
    body's name, not the body's own name."""
    return (
        first > 0
        and stop - first >= 2
        and doc.other_entity[first - 1]
        and not doc.other_entity[first]
        and lex.is_given_name(doc.words[first])
        and not nm.is_organisation_word(doc.words[stop - 1])
    )


_ORG_NAME_STARTS: weakref.WeakKeyDictionary[TokenView, frozenset[tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _short_organisation_name(doc: TokenView, first: int, stop: int) -> bool:
    """Is the name elsewhere in the text followed by an organisation word ("Hartwell
    Brooks Capital", so "Für Hartwell Brooks verhandelte ..." names the firm)?"""
    if stop - first < 2:
        return False
    starts = _ORG_NAME_STARTS.get(doc)
    if starts is None:  # once per text: the two to four words before every organisation word
        found: set[tuple[str, ...]] = set()
        for i, w in enumerate(doc.words):
            if i >= 2 and w[:1].isupper() and nm.is_organisation_word(w):
                for n in (2, 3, 4):
                    if i - n >= 0 and doc.same_sentence(i - n, i):
                        found.add(tuple(doc.words[i - n : i]))
        starts = _ORG_NAME_STARTS[doc] = frozenset(found)
    return tuple(doc.words[first:stop]) in starts


def _role_place_before_apposition(doc: TokenView, first: int, stop: int) -> bool:
    """ "des Gouverneurs von New Mexico, R. T. Hollister,", "Die Bürgermeisterin von
    [Solms], Petra F.": "von" after a role noun and a name after the comma; the words
    after "von" complete the role, they name nobody (a kin role's "von" names a person:
    "Die Tochter von Weber, Anna Weber,")."""
    if doc.words[first] in lex.AFFILIATION_PARTICLES:
        particle = first
    elif doc.word(first - 1) in lex.AFFILIATION_PARTICLES and not lex.is_given_name(
        doc.words[first]
    ):
        particle = first - 1
    else:
        return False
    role = role_at(doc, particle - 1) if particle > 0 else None
    return (
        role is not None
        and role.kind != "family"
        and doc.same_sentence(particle - 1, first)
        and doc.word(stop) == ","
        and doc.same_sentence(stop, stop + 1)
        and can_start(doc, stop + 1, strict=False)
    )


def _genitive_context(doc: TokenView, first: int, stop: int) -> bool:
    """Is the word before ``stop`` a possessor, like "Putins" in "Putins Sprecher"?"""
    nxt = doc.word(stop)
    if not nxt or not doc.same_sentence(stop - 1, stop):
        return False
    if nxt[:1].isupper() and not nm.is_name_core(nxt):
        return True  # a noun follows: "Merkels Politik", "Putins Sprecher"
    if nxt[:1].islower() and stop - first == 1 and nm.is_name_core(doc.words[stop - 1][:-1]):
        # "Interesse Kims": a genitive after a noun
        prev = doc.word(stop - 2)
        return bool(prev[:1].isupper() and lex.is_common_noun(prev))
    return False


def relabel(doc: TokenView, entities: Sequence[Entity]) -> list[Span]:
    """Turn LOC/ORG/MISC entities that are plainly people into PER entities.

    "Polizeisprecher Thomas Weber", "Kapitän Emre Can (30)", "Lando Norris" tagged
    as ORG or LOC: the span holds one name that starts with a first name or follows
    a role noun, and nothing else but role words, tags and lowercase words.
    Organisations named after people ("Hans Böckler Stiftung") keep their label, and so
    do listed organisations ("Hugo Boss", a company in the gazetteer).
    """
    out: list[Span] = []
    names = load_gazetteer()
    places = dateline_places(doc, entities)
    for ent in entities:
        rng = doc.token_range(ent.start, ent.end)
        listed = names.get(doc.words[rng.start : rng.stop])
        if (
            ent.label == "PER"
            or rng.start in places
            or (listed is not None and listed.label == ent.label)
        ):
            run = None
        else:
            run = _person_inside(doc, rng.start, rng.stop) or _nickname_run(doc, rng)
        if ent.label != "PER" and _name_suffix_entity(doc, rng):
            continue  # "Rezende [Filho]": the end of a Portuguese name, no place
        if run is None:
            out.append(Span(ent.start, ent.end, ent.label))
        else:
            out.append(Span(doc.starts[run[0]], doc.ends[run[1] - 1], "PER"))
    return out


#: Portuguese suffixes after a surname: "Filho" (son), "Neto" (grandson), "Júnior",
#: "Sobrinho" (nephew): "Cleiton Rezende Filho", "Ronaldo de Assis Moreira Neto".
_NAME_SUFFIX_WORDS = lex.words("Filho Neto Júnior Sobrinho")


def _name_suffix_entity(doc: TokenView, rng: range) -> bool:
    """Is the entity one word of :data:`_NAME_SUFFIX_WORDS` right after a name word of
    the same sentence (not after an article: "der Neto")?"""
    k = rng.start - 1
    return (
        len(rng) == 1
        and doc.words[rng.start] in _NAME_SUFFIX_WORDS
        and k >= 0
        and doc.same_sentence(k, rng.start)
        and nm.is_name_core(doc.words[k], strict=False)
    )


def _nickname_run(doc: TokenView, rng: range) -> tuple[int, int] | None:
    """A first name tagged alone as a place or thing, with a nickname in quotes and a
    surname after it: "[Wilhelmina] „Mien“ Terpstra-Bakker". The whole run is one
    person (not a first name that is a place: "Paris")."""
    if len(rng) != 1 or doc.word(rng.stop) not in _OPENING_MARKS:
        return None
    w = doc.words[rng.start]
    if not lex.is_given_name(w) or lex.is_place(w):
        return None
    stop = extend_run(doc, rng.start)
    if stop < rng.stop + 4 or any(doc.other_entity[rng.stop : stop]):
        return None  # the first name, the quoted nickname and at least one surname
    return rng.start, stop


def dateline_places(doc: TokenView, entities: Sequence[Entity] | Sequence[Span]) -> set[int]:
    """Tokens of the LOC entities named like the place of an agency dateline."""
    names = {
        doc.text[e.start : e.end]
        for e in entities
        if e.label == "LOC" and _agency_dateline(doc, doc.token_range(e.start, e.end))
    }
    return {
        k
        for e in entities
        if e.label == "LOC" and doc.text[e.start : e.end] in names
        for k in doc.token_range(e.start, e.end)
    }


def _agency_dateline(doc: TokenView, rng: range) -> bool:
    """ "[Abu Dhabi] (AFP) - ...": a place opening the text or a line before an agency in
    brackets and a dash is the dateline, never a person, and so is the same name later in
    the text ("hat in Abu Dhabi ... unterzeichnet")."""
    if not rng or rng.stop + 2 >= doc.n:
        return False
    start = doc.starts[rng.start]
    before = doc.text[:start].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    if doc.words[rng.stop] != "(":
        return False
    bracket = range(rng.stop + 1, min(doc.n, rng.stop + 6))
    close = next((k for k in bracket if doc.words[k] == ")"), None)
    return close is not None and close + 1 < doc.n and doc.words[close + 1] in _DASHES


def _person_inside(doc: TokenView, first: int, stop: int) -> tuple[int, int] | None:
    first = _after_dateline(doc, first, stop)
    a = first
    role_before = False
    while a < stop and not lex.is_given_name(doc.words[a]):
        w = doc.words[a]
        role = analyze_role(w)
        if role is not None and not is_company_role(role):
            role_before = True
        elif (
            looks_genitive(w)
            and a + 1 < stop
            and analyze_role(doc.words[a + 1]) is not None
            and w[:1].isupper()
        ):
            pass  # "Ungarns Regierungschef Viktor Orbán": a possessor before the role
        elif _attribute_before_name(doc, a, stop):
            role_before = role_before or w[:1].isupper()  # "dem Deutschen A B"
        elif w not in lex.TITLES and w.lower() not in lex.DETERMINERS:
            break
        a += 1
    if a >= stop:
        return None
    g = first - 1
    while g > 0 and doc.words[g] in lex.LEADING_PARTICLES and doc.same_sentence(g, a):
        g -= 1  # "Kaspar zu [Rantzau-Eckhof]"
    unlisted = False
    if (
        a == first
        and g >= 0
        and doc.same_sentence(g, a)
        and not doc.other_entity[g]
        and (_first_name_at(doc, g) or (g < first - 1 and first_name_before_particles(doc, g)))
        and not nm.is_never_name(doc.words[g])
        and doc.words[g] not in lex.TITLES
    ):
        unlisted = not _first_name_at(doc, g)
        a = first = g  # "Rose-Marie [Elsner]", "Wolfram [Reichenbächer]": the first name left out
    if not role_before:
        r = before_titles(doc, first)  # "die Kinderärztin Prof. Dr. [A B]"
        role_before = (
            r >= 0
            and doc.same_sentence(r, first)
            and (role_at(doc, r) is not None or plural_role_at(doc, r) is not None)
        )  # "die Rückraumspielerinnen [A B] und C D": a plural role before the names
    role_before = role_before or age_attribute_before(doc, first)
    # "Die Bürgermeisterin von Vlissingen, [Anouk] ter Schure-Verbeek,": the apposition
    # ends after the particles and surname the span left out
    closed = extend_particles(doc, first, stop) if stop - first == 1 else stop
    role_before = role_before or role_phrase_before_comma(doc, first, closed)
    role_before = role_before or _coordinated_after_plural_role(doc, first)
    if can_start(doc, a, strict=False):
        # after a role noun the whole span may be the name: "Verhandlungsführerin [María José
        # de la Torre Valencia]" (a second surname that is also a place)
        b = extend_run(doc, a, stop, trusted_stop=stop if role_before else -1)
    elif role_before and short_family_name(doc, a):
        b = extend_run(doc, a + 1, stop)  # "[Chinesen Hu Jiale]" tagged as an organisation
    elif _noun_as_first_name(doc, a, stop) or _unlisted_name_after_role(doc, a, stop):
        b = stop  # "ihr Vater [Boy Nommensen]", "den Schweden [Olle Bergqvist-Lind]"
    elif unlisted:
        b = stop  # "Die Springreiterin Clementine zu [Heydeck-Saalfeld]"
    else:
        b = a
    shaped = any(w in lex.CAPITAL_PARTICLES for w in doc.words[a:b])  # "Marine Le Pen"
    if b == a or not (role_before or shaped or _first_name_at(doc, a)):
        return None
    if b - a < 2 and not (role_before or tag_after(doc, b)):
        return None
    if b < stop and not doc.words[b].islower():  # "Hubertus Heil am Tisch" is fine
        for k in range(b, stop):  # what may follow the name inside the span
            w = doc.words[k]
            plain = w in lex.BOUNDARIES or w.islower() or w.isdigit() or lex.party_of(w) is not None
            if not plain and doc.word(k - 1) not in {"(", ","}:
                return None  # "Hans Böckler Stiftung": more than a person
    return a, b


def _noun_as_first_name(doc: TokenView, a: int, stop: int) -> bool:
    """ "ihr Vater [Boy Nommensen]": an entity of two words right after a role noun, a noun
    in its dictionary form (no role, place or function word) before a word that can only
    be a surname, is a first name that is also a noun and the surname."""
    if stop - a != 2 or a == 0 or not doc.same_sentence(a - 1, a):
        return False
    role = role_at(doc, a - 1)
    if role is None or role.kind == "demonym" or is_company_role(role):
        return False
    w, surname = doc.words[a], doc.words[a + 1]
    return (
        nm.is_capitalised_word(w)
        and lex.is_common_noun(w)
        and not nm.is_never_name(w)
        and analyze_role(w) is None
        and not lex.is_place(w)
        and cached_lemma(w) == w
        and nm.is_name_core(surname)
        and not lex.is_common_noun(surname)
    )


def _unlisted_name_after_role(doc: TokenView, a: int, stop: int) -> bool:
    """ "den Schweden [Olle Bergqvist-Lind]" tagged as a place: two name words right after a
    role noun or a demonym (after its article), neither a dictionary noun, a place, an
    organisation word or a word never in a name, the last hyphenated: a first name the
    lexicon lacks and a double surname. Not "des Hamburger [Thalia Theaters]" (a noun)."""
    if stop - a != 2 or a < 2 or not doc.same_sentence(a - 2, a):
        return False
    if role_at(doc, a - 1) is None or doc.words[a - 2].lower() not in lex.DETERMINERS:
        return False
    first, last = doc.words[a], doc.words[a + 1]
    if "-" not in last.strip("-"):
        return False
    parts = [first, *last.split("-")]
    return all(
        nm.is_capitalised_word(w)
        and not lex.is_common_noun(w)
        and not lex.is_place(w)
        and not nm.is_never_name(w)
        and not nm.is_organisation_word(w)
        for w in parts
    )


_DASHES = frozenset({"-", "–", "—"})


def _after_dateline(doc: TokenView, first: int, stop: int) -> int:
    """Past a dateline that opens a LOC/ORG span at the start of a sentence: "[Lindau -
    Hannelore Freiberg] (Freie Wähler) ist ...", where the NER ran the place of the
    dateline on into the name. Only a single capitalised word before the dash."""
    if (
        first == doc.sentence_start(first)
        and stop - first > 3
        and doc.words[first + 1] in _DASHES
        and nm.is_capitalised_word(doc.words[first])
        and doc.same_sentence(first, first + 2)
    ):
        return first + 2
    return first


def _first_name_at(doc: TokenView, i: int) -> bool:
    """A known first name at ``i``, or a first name that is also a word ("Wolfram", "Till")
    where it starts a name (before a surname-like word)."""
    w = doc.words[i]
    return lex.is_given_name(w) or (lex.is_word_given_name(w) and word_given_name_starts(doc, i))


def _attribute_before_name(doc: TokenView, a: int, stop: int) -> bool:
    """Inside a LOC/ORG span, an adjective before a role noun or a first name
    ("hannoversche Landesbischöfin A B", "Mainzer Virologen A B"), or an adjectival
    nationality noun right before a first name ("Deutschen Finn-Ole B")."""
    w = doc.words[a]
    if a + 1 >= stop:
        return False
    nxt = doc.words[a + 1]
    if (w.islower() and adjective_stem(w) is not None) or place_adjective(w):
        return analyze_role(nxt) is not None or lex.is_given_name(nxt)
    return (
        w[:1].isupper()
        and w.endswith(("e", "en"))
        and adjective_stem(w.lower()) is not None
        and analyze_role(w) is None
        and lex.is_given_name(nxt)
    )


#: Prepositions of place before a single word that the NER calls a person ("auf Juist"):
#: not "von", after which a person's name stands as often ("gespielt von Weber,").
_PLACE_PREPOSITIONS = lex.PLACE_NAME_PREPOSITIONS - {"von"}


def _place_preposition_before(doc: TokenView, a: int) -> bool:
    """Does a single name word follow "in", "nach", "auf" or "aus" and stand before a
    comma or the end of its sentence? Then it is more likely a place than a person
    (who is then known by a fuller mention elsewhere)."""
    return (
        doc.word(a - 1) in _PLACE_PREPOSITIONS
        and doc.same_sentence(a - 1, a)
        and doc.word(a + 1) in {",", ".", ";", "!", "?"}
        and not lex.is_given_name(doc.words[a])
    )


def _role_complement(doc: TokenView, a: int) -> bool:
    """Does the run at ``a`` open with "von" right after a role noun ("Bürgermeister [von
    Zwolle]")? That is the role's complement, a place or an organisation; a noble name
    after a role ("Bundespräsident von Weizsäcker") names a person known otherwise."""
    return (
        a > 0
        and doc.words[a] in lex.AFFILIATION_PARTICLES
        and doc.same_sentence(a - 1, a)
        and doc.words[a - 1][:1].isupper()
        and role_at(doc, a - 1) is not None
    )


def _single_word_after_role_von(doc: TokenView, a: int) -> bool:
    """Is the single name word at ``a`` the complement of an office after "von"
    ("Bürgermeister von [Van]", "Gouverneur von [Kano]")? It names the office's place; a
    person named so ("Bundespräsident von Weizsäcker") is known by a fuller mention. Not
    after a kin noun ("die Mutter von Anna": a person)."""
    if a < 2 or doc.words[a - 1] not in lex.AFFILIATION_PARTICLES:
        return False
    if not doc.same_sentence(a - 2, a) or not doc.words[a - 2][:1].isupper():
        return False
    role = role_at(doc, a - 2)
    return role is not None and role.kind != "family"


def _after_police_noun(doc: TokenView, a: int) -> bool:
    """Does a police force's noun stand right before the run at ``a`` ("der
    Kantonspolizei [Appenzell Ausserrhoden]", "der Landespolizei [Tirol]")? The run names
    its region unless it opens with a known first name."""
    prev = doc.word(a - 1)
    return (
        a > 0
        and doc.same_sentence(a - 1, a)
        and len(prev) > 7
        and prev.lower().endswith("polizei")
        and not lex.is_given_name(doc.words[a])
    )


#: Verbs of a player's transfer before "von"/"zu" and the club: "kommt von [Žalgiris
#: Kaunas]", "wechselt zu [Partizan Belgrad]".
_TRANSFER_VERBS = lex.words("kommt kam wechselt wechselte gewechselt wechseln")
_TRANSFER_PREPOSITIONS = lex.words("von vom zu zum")


def _club_after_transfer(doc: TokenView, a: int) -> bool:
    """Does the run at ``a`` follow a transfer verb and "von"/"zu" ("Der 27-Jährige kommt
    von [Žalgiris Kaunas]", "wechselte zu [Dinamo Zagreb]")? The run names a club unless it
    opens with a known first name ("kommt von Anna Berg": a person). Also after a noun
    with its adjectives ("kommt vom dänischen Meister [Aalborg Håndbold]", "wechselt zum
    Ligarivalen [Kolding]"): what one moves from or to there is a team."""
    k = a - 1
    if k > 0 and lex.is_common_noun(doc.words[k]) and doc.words[k - 1] not in _TRANSFER_VERBS:
        k -= 1
        while k > 0 and a - k <= 4 and doc.words[k].islower() and adjective_stem(doc.words[k]):
            k -= 1
    return (
        k >= 1
        and doc.words[k] in _TRANSFER_PREPOSITIONS
        and doc.words[k - 1] in _TRANSFER_VERBS
        and doc.same_sentence(k - 1, a)
        and not lex.is_given_name(doc.words[a])
    )


def _origin_after_name(doc: TokenView, a: int, taken: list[bool]) -> bool:
    """Does the run at ``a`` follow "aus" right after a name found before ("Jovan
    Stanimirović aus [Novi Sad]")? "aus" after a person's name gives the place the person
    comes from; the words after it name a person only if known otherwise."""
    return (
        a >= 2
        and doc.words[a - 1] == "aus"
        and doc.same_sentence(a - 2, a)
        and taken[a - 2]
        and not lex.is_given_name(doc.words[a])
    )


def _body_word_after_name(doc: TokenView, a: int, b: int, taken: list[bool]) -> bool:
    """Is the one-word run [a, b) the end of a body's name after "von" and a name of two
    words or more ("Gareth Llewellyn von Plaid [Cymru]")? "von" after a full name gives
    the party or firm; the word names a person only if known otherwise."""
    k = a - 1
    if b - a != 1 or lex.is_given_name(doc.words[a]):
        return False
    if doc.word(k) != "von" and nm.is_capitalised_word(doc.word(k)) and not taken[k]:
        k -= 1  # "von Plaid [Cymru]": the pipeline left out the body's first word
    return (
        k >= 3
        and doc.words[k] == "von"
        and doc.same_sentence(k - 2, a)
        and taken[k - 1]
        and taken[k - 2]
    )


def find_candidates(doc: TokenView, entities: Sequence[Span]) -> list[Mention]:
    """Every mention of a possible person, in text order, none overlapping another.

    First the pipeline's PER entities, repaired; then, over the tokens left, German
    grammar: a role noun before a name, a first name before a surname, a name before a
    tag ("(71)", "(SPD)").
    """
    found = _Found(doc)
    for rng in _per_ranges(doc, entities):
        for a, b, weak in runs_in_entity(doc, rng.start, rng.stop):
            if b - a == 1 and _after_indefinite(doc, a):
                continue  # "eine bisher unbekannte Algenart": a noun, no name
            if b - a == 1 and _genitive_noun_after_preposition(doc, a):
                continue  # "wegen Bilanzbetrugs verurteilt": a noun in the genitive, no name
            if b - a == 1 and _fronted_participle(doc, a):
                continue  # "Mitangeklagt war seine Nichte": a predicate, no name
            if _after_article(doc, a) and (
                not lex.is_given_name(doc.words[a])
                or (b - a == 1 and lex.is_common_noun(doc.words[a]))
            ):
                weak = True  # "auf dem Calar Alto", "derselbe Wolf": a place or a thing
            if b - a == 1 and _adjective_before_noun(doc, a):
                weak = True  # "Betriebsbedingte Kündigungen" at the start of a sentence
            if b - a == 1 and _place_preposition_before(doc, a):
                weak = True  # "eine Fährfrau auf Juist, gespielt von ...": a place
            if _origin_after_name(doc, a, found.taken) or _body_word_after_name(
                doc, a, b, found.taken
            ):
                weak = True  # "A B aus Novi Sad": where the person named before comes from
            if _role_complement(doc, a) or (b - a == 1 and _single_word_after_role_von(doc, a)):
                weak = True  # "war Bürgermeister [von Zwolle]", "Bürgermeister von [Van]"
            if _after_police_noun(doc, a):
                weak = True  # "der Kantonspolizei [Appenzell Ausserrhoden]": a region
            if (b - a >= 2 or doc.word(b)[:1].isupper()) and _club_after_transfer(doc, a):
                weak = True  # "kommt von [Žalgiris Kaunas]", "[Ferencváros] Budapest": a club
                # (not "Kritik kam von [Lindner].": a surname alone is a person)
            if b - a == 1 and (_after_company_noun(doc, a) or _after_organisation_noun(doc, a)):
                weak = True  # "des Versorgers Enervia", "vom Team Rhenania": a firm, a team
            if b - a == 1 and _continues_other_entity(doc, a):
                weak = True  # "des [Musée du] quai [Branly]": the end of the museum's name
            if b - a == 1 and _after_place_noun(doc, a):
                weak = True  # "des Departements [Guainía]": the name of a place
            found.add(a, b, "ner", weak)
    places = dateline_places(doc, entities)
    for i in range(doc.n):
        if found.taken[i] or doc.blocked[i] or not doc.words[i][:1].isupper() or i in places:
            continue
        run = (
            _run_after_role(doc, i, found.taken)
            or _run_after_age(doc, i)
            or _run_from_given_name(doc, i)
            or _run_before_tag(doc, i)
            or _run_in_role_apposition(doc, i)
        )
        if run is not None:
            found.add(*run)
    found.mentions.sort(key=lambda m: m.first)
    return found.mentions


def _per_ranges(doc: TokenView, entities: Sequence[Span]) -> list[range]:
    """Token ranges of the PER entities; a single name word right before another PER
    entity joins it ("[Jule] [Brandenstein]": a first name the lexicon lacks), and so
    does a first name before particles and a PER entity ("[Gerold] zu [Sayn-Falkenhorst]":
    a noble name whose surname is also a noun)."""
    ranges = [doc.token_range(e.start, e.end) for e in entities if e.label == "PER"]
    out: list[range] = []
    for rng in ranges:
        if out:
            last = out[-1]
            if (
                0 < rng.start - last.stop <= 2
                and doc.same_sentence(last.start, rng.start)
                and lex.is_given_name(doc.words[last.stop - 1])
                and doc.words[last.stop] in lex.LEADING_PARTICLES
                and doc.words[last.stop] not in lex.AFFILIATION_PARTICLES  # "von": "from"
                and all(w in lex.PARTICLES for w in doc.words[last.stop : rng.start])
                and not lex.is_given_name(doc.words[rng.start])  # "Lena zu [Jonas]"
                and not nm.is_name_core(doc.words[rng.start], strict=False)
            ):
                out[-1] = range(last.start, rng.stop)
                continue
            if (
                len(last) == 1
                and rng.start == last.stop
                and doc.same_sentence(last.start, rng.start)
                and nm.is_capitalised_word(doc.words[last.start])
                and not looks_genitive(doc.words[last.start])
            ):
                out[-1] = range(last.start, rng.stop)
                continue
        out.append(rng)
    return [_second_surname(doc, rng) for rng in out]


def _second_surname(doc: TokenView, rng: range) -> range:
    """The PER range [first name, surname] with a second surname after it that the
    pipeline cut off, in an apposition after a role ("der Parlamentspräsident [Renzo
    Castañeda] Villar, 67 Jahre alt"): the Spanish and Portuguese double surname. The
    word must be a name (no noun, place or first name: not "[Anna Berg] Reportern" nor
    "traf [Olaf Scholz] Putin" after a verb) and end the phrase before a comma."""
    if len(rng) != 2 or not lex.is_given_name(doc.words[rng.start]):
        return rng
    k = rng.stop
    if k + 1 >= doc.n or doc.words[k + 1] != "," or not doc.same_sentence(rng.start, k + 1):
        return rng
    w = doc.words[k]
    surname = doc.words[rng.stop - 1]
    if doc.other_entity[k] or not nm.is_name_core(w) or lex.is_place(w):
        return rng
    if not any(ch in "áéíóúñãõç" for ch in surname + w) and not surname.endswith("ez"):
        return rng  # Spanish/Portuguese spelling: "Castañeda", "Meléndez", "Gonçalves"
    before = np_start(doc, rng.start) - 1
    if before >= rng.start or role_at(doc, rng.start - 1) is None:
        return rng  # only right after a role noun: "Parlamentspräsident [A B] C,"
    return range(rng.start, k + 1)


#: Adverbs that may stand between an article and its adjective ("eine bisher unbekannte").
_NP_ADVERBS = frozenset({"bisher", "noch", "sehr", "ganz", "völlig", "kaum", "eher", "recht"})


def _after_article(doc: TokenView, i: int) -> bool:
    """Does a definite article stand right before token ``i`` ("auf dem [Calar Alto]"),
    also fused with a preposition ("vom [Mauritshuis]", "beim [Bolschoi]")? A person's
    name has a role noun between ("der Trainer A", "vom Trainer A"), not a bare article."""
    return (
        i > 0
        and doc.same_sentence(i - 1, i)
        and doc.words[i - 1].lower() in lex.DEFINITE | _SAME_ARTICLES | _FUSED_ARTICLES
    )


#: Prepositions fused with a definite article: "vom Mauritshuis", "beim Bolschoi", "zum
#: Rijksmuseum", "im Prado", "ins Old Vic".
_FUSED_ARTICLES = frozenset({"vom", "beim", "zum", "zur", "im", "ins", "am"})


#: "derselbe Wolf", "demselben Fahrer": the same thing or person as before.
_SAME_ARTICLES = frozenset({"derselbe", "dieselbe", "dasselbe", "denselben", "demselben"})


def _adjective_before_noun(doc: TokenView, i: int) -> bool:
    """Is token ``i`` an inflected adjective before a noun ("Betriebsbedingte
    Kündigungen"), not a known first name?"""
    w = doc.words[i]
    nxt = doc.word(i + 1)
    return (
        w.endswith(("e", "en", "er", "es", "em"))
        and adjective_stem(w.lower()) is not None
        and not lex.is_given_name(w)
        and doc.same_sentence(i, i + 1)
        and nxt[:1].isupper()
        and lex.is_common_noun(nxt)
    )


#: What follows "&" in the name of a family firm: "Oelgarth & Söhne", "Kühne & Co.".
_FIRM_PARTNERS = frozenset({"Söhne", "Sohn", "Co", "Co.", "Cie", "Cie.", "Partner"})


def _firm_suffix(doc: TokenView, k: int) -> bool:
    """Does a club abbreviation ("Al Ahly [SC]", "Hertha [BSC]") or "& Söhne", "& Co."
    stand at token ``k``, right after a name? Then the name is a club's or a firm's."""
    w = doc.word(k)
    if w in lex.CLUB_PREFIXES:
        return True
    return w == "&" and doc.word(k + 1) in _FIRM_PARTNERS and doc.same_sentence(k, k + 1)


def _fronted_participle(doc: TokenView, i: int) -> bool:
    """A participle fronted before a copula, capitalised only because it opens the
    sentence: "Mitangeklagt war seine Nichte", "Gewählt wurde ...". Its lowercase form
    ends in "-t" and is a form of a verb."""
    w = doc.words[i]
    if i != doc.sentence_start(i) or doc.word(i + 1) not in lex.COPULAS or not w.endswith("t"):
        return False
    lemma = cached_lemma(w.lower())
    return bool(lemma) and lemma != w.lower() and lemma.endswith(("en", "ern", "eln"))


#: Prepositions that govern the genitive, after which a noun may stand without an article:
#: "wegen Mordes", "mangels Beweisen", "trotz Regens".
_GENITIVE_PREPOSITIONS = lex.words(
    """wegen trotz mangels infolge aufgrund angesichts anlässlich zwecks bezüglich
    hinsichtlich seitens"""
)


def _genitive_noun_after_preposition(doc: TokenView, i: int) -> bool:
    """Is the one word at ``i`` a common noun (or a compound of two) in the genitive right
    after a preposition that governs it, not followed by a noun it would own ("wegen
    Bilanzbetrugs zu fünf Jahren verurteilt"; not "wegen Nagelsmanns Wechsel", "wegen
    Merz")?"""
    w = doc.words[i]
    if doc.word(i - 1).lower() not in _GENITIVE_PREPOSITIONS or not w.endswith("s"):
        return False
    if doc.word(i + 1)[:1].isupper() or lex.is_given_name(w):
        return False
    return lex.is_common_noun(w) or nm.is_compound_noun(w)


def _after_indefinite(doc: TokenView, i: int) -> bool:
    """Does an indefinite article (and adjectives) stand right before token ``i``?"""
    k = i - 1
    while k > i - 5 and k >= 0 and doc.same_sentence(k, i):
        w = doc.words[k]
        if w.lower() in lex.INDEFINITE:
            return True
        if not (w.islower() and (adjective_stem(w) is not None or w in _NP_ADVERBS)):
            return False
        k -= 1
    return False


def _after_named_thing(doc: TokenView, first: int, stop: int) -> bool:
    """Is the name [first, stop) that of a vessel, a storm or a building named after a
    person ("das Containerschiff [Maria Katharina]", "Das Gymnasium [Theodor Heuss]
    feiert")? See :func:`app.lexicon.words.named_thing_before`."""
    if first < 1 or not doc.same_sentence(first - 1, first):
        return False
    after = doc.words[stop] if stop < doc.n and doc.same_sentence(first, stop) else "."
    finite = stop < doc.n and lex.is_finite_morph(doc.tags[stop], doc.morphs[stop])
    before = doc.words[first - 2] if first > 1 else ""
    return lex.named_thing_before(before, doc.words[first - 1], stop - first, after, finite)


def after_animal_noun(doc: TokenView, first: int) -> bool:
    """Does the name at ``first`` follow an animal noun ("die Stute [Monsieur Paul]",
    "Eisbärin [Tonja]", "Polizeihund [Rex]"), perhaps after a form of address?"""
    k = before_titles(doc, first)
    if k < 0 or not doc.same_sentence(k, first):
        return False
    return is_animal_noun(doc.words[k])


def _animal_in_span(doc: TokenView, first: int, stop: int) -> bool:
    """Does the name span [first, stop) open with an animal noun that is no first name
    ("[Elefantenkuh Mala]"; not "[Wolf Gutbrodt]")?"""
    w = doc.words[first]
    return stop - first >= 2 and is_animal_noun(w) and not lex.is_given_name(w)


def is_animal_noun(w: str) -> bool:
    """Is ``w`` a capitalised animal noun or a compound ending in one ("Elefantenkuh",
    "Polizeihund")?"""
    if not w[:1].isupper():
        return False
    low = w.lower()
    return any(
        low == head
        or (
            low.endswith(head)
            and len(low) - len(head) >= 3
            and (lex.is_common_noun(w) or analyze_role(w) is not None)
        )
        for head in lex.ANIMAL_NOUNS
    )


class _Found:
    """Mentions found so far and the tokens they take."""

    def __init__(self, doc: TokenView) -> None:
        self.doc = doc
        self.mentions: list[Mention] = []
        self.taken = [False] * doc.n

    def add(self, first: int, stop: int, source: str, weak: bool = False) -> None:
        """Add the mention [first, stop) unless it overlaps one found before, lies in an
        entity of another label (except for the pipeline's own PER runs) or is no name."""
        doc = self.doc
        if first >= stop or any(self.taken[first:stop]):
            return
        if source != "ner" and any(doc.other_entity[first:stop]):
            return
        if (
            after_animal_noun(doc, first)
            or _animal_in_span(doc, first, stop)
            or (
                _after_organisation_noun(doc, first)
                and not _person_after_named_body(doc, first, stop)
            )
            or _after_named_thing(doc, first, stop)
            or _place_prefix_name(doc, first, stop)  # "im Hafen Umm Kasr": a place
        ):
            # "ihrer Stute Monsieur Paul", "das Möbelhaus Wilhelm B", "das Containerschiff
            # Maria Katharina": no person, and no later alias of a person named like it
            for k in range(first, stop):
                self.taken[k] = doc.no_person[k] = True
            return
        if stop < doc.n and not self.taken[stop] and _name_before_finite_verb(doc, first, stop):
            stop += 1  # "Finanzministerin Moriyama Aki lobte": one constituent before the verb
        if joined_surname(doc, first, stop) and not self.taken[stop + 1]:
            stop += 2  # "Carmen Calvo y Poyato", "Montserrat Puigdevall i Serra"
        if stop - first >= 3 and _object_noun_after_name(doc, stop - 1):
            stop -= 1  # "ihres Schwagers A B Zuschüsse erhalten hatte": the object after it
        m = make_mention(doc, first, stop, source)
        if m is not None:
            m.weak = weak
            self.mentions.append(m)
            for k in range(first, stop):
                self.taken[k] = True


def _object_noun_after_name(doc: TokenView, k: int) -> bool:
    """Is the last word ``k`` of a run of three or more capitalised words an inflected
    common noun (a plural: "Zuschüsse", "Gelder") after a surname that is no first name,
    with a lowercase word after it: the object of the clause, no name part
    ("dass der Betrieb ihres Schwagers A B Zuschüsse erhalten hatte")?"""
    w = doc.word(k)
    lemma = cached_lemma(w)
    if lemma == w or not w[1:].islower():
        return False
    before = doc.word(k - 1)
    if lex.is_given_name(w) or lex.is_given_name(before) or lex.is_place(w):
        return False
    if not nm.is_capitalised_word(before) or before in lex.PARTICLES:
        return False  # "Sjoerd ten Berge", "Karl vom Berge": a surname after a particle
    nxt = doc.word(k + 1)
    if not (nxt.isalpha() and nxt.islower() and doc.same_sentence(k, k + 1)):
        return False
    return lex.is_common_noun(lemma) or lex.is_common_noun(lemma.replace("ß", "ss"))


def _name_before_finite_verb(doc: TokenView, first: int, stop: int) -> bool:
    """Is token ``stop`` a last name word that the lexicon reads as a noun, between a name
    after a role noun that opens the sentence and the finite verb? "Finanzministerin
    Moriyama Aki lobte ...": in a main clause one phrase stands before the verb, so the
    noun "Aki" must belong to the name."""
    lo = dateline_end(doc, doc.sentence_start(first), first)  # "Dakar (AFP) - ..."
    start = np_start(doc, first)
    if _place_possessor_before(doc, start) != lo or start == first:
        return False
    w, verb = doc.words[stop], doc.word(stop + 1)
    if looks_genitive(doc.words[stop - 1]):
        return False  # "Bürgermeisterin Jana Kolbecks Vorschlag fand …": a genitive's head noun
    return (
        doc.same_sentence(first, stop + 1)
        and nm.is_capitalised_word(w)
        and "-" not in w
        and cached_lemma(w) == w
        and analyze_role(w) is None
        and not lex.is_place(w)
        and not nm.is_organisation_word(w)
        and w not in lex.TEMPORAL_WORDS
        and w not in lex.MONTHS
        and not doc.other_entity[stop]
        and verb.isalpha()
        and verb.islower()
        and verb not in lex.DETERMINERS
        and verb not in lex.PREPOSITIONS
        and cached_lemma(verb) != verb
        and cached_lemma(verb).endswith("n")
    )


def _place_possessor_before(doc: TokenView, start: int) -> int:
    """Where a noun phrase that begins at ``start`` begins with a country or town in the
    genitive before it: "[Senegals] Fischereiministerin A B", else ``start``."""
    k = start - 1
    if k < 0 or not doc.same_sentence(k, start) or doc.blocked[k]:
        return start
    w = doc.words[k]
    if nm.is_capitalised_word(w) and looks_genitive(w) and lex.is_place(nm.degenitive(w)):
        return k
    return start


#: A proposed mention: (first token, stop token, source).
_Run = tuple[int, int, str]


def _run_after_role(doc: TokenView, i: int, taken: list[bool]) -> _Run | None:
    """A role noun right before a name: "Kanzler Scholz", "Trainerin Anna Berg"."""
    prev = doc.word(i - 1)
    if not (prev[:1].isupper() and doc.same_sentence(i - 1, i) and not taken[i - 1]):
        return None
    role = role_at(doc, i - 1) or plural_role_at(doc, i - 1)
    if role is None:
        return None
    if not can_start(doc, i, strict=False):
        if _before_foreign_particle(doc, i):
            return i, extend_run(doc, i), "role"  # "den Niederländer Bram de Vries"
        if (place_end := place_first_name_run(doc, i)) > i:
            return i, place_end, "role"  # "Kommissarin Montserrat Puigdevall i Serra"
        if not (
            short_family_name(doc, i)
            or unlisted_first_name(doc, i)
            or _word_first_name_before_surname(doc, i)
        ):
            return None
        return i, extend_run(doc, i + 1), "role"  # "den Chinesen Hu Jiale"
    stop = extend_run(doc, i)
    w = doc.words[i]
    if is_company_role(role) and not (lex.is_given_name(w) or nm.is_initial(w) or w.isupper()):
        return None  # "der Onlinehändler Zalando", "der Batteriehersteller Longxing Power"
    if stop - i > 1 or role.kind != "demonym" or lex.is_given_name(doc.words[i]):
        return i, stop, "role"
    return None


#: Compass words that end names of firms and regions ("Brotzeit Nord"), not of people.
_COMPASS = frozenset({"Nord", "Süd", "Ost", "West", "Mitte"})


def _word_first_name_before_surname(doc: TokenView, i: int) -> bool:
    """ "Der Schriftsteller [Sipho] Mahlangu-Dube": after a role noun, a capitalised word
    the lexicon knows as a noun, then a surname that is no dictionary word, both outside
    other entities: the first name (:func:`runs.first_name_after_role`)."""
    nxt = doc.word(i + 1)
    return (
        first_name_after_role(doc, i)
        and not counterpart_role(doc.words[i - 1])  # "den Konkurrenten Brotzeit Nord": a firm
        and nxt not in _COMPASS
        and not lex.is_given_name(nxt)  # "Geschäftsführer Marketing Timo A": a department
        and nm.is_name_core(nxt)
        and not lex.is_common_noun(nxt)
        and not doc.other_entity[i]
        and not doc.other_entity[i + 1]
    )


def plural_role_at(doc: TokenView, k: int) -> RoleNoun | None:
    """The singular of a plural role noun at ``k`` after "die" or "beiden" ("Die
    Stürmerinnen A und B"), before a name."""
    role = analyze_plural_role(doc.words[k])
    if role is None or role.kind == "demonym":
        return None
    article = doc.word(k - 1).lower()
    if article not in {"die", "beiden", "beide"} or not doc.same_sentence(k - 1, k):
        return None
    return role


def _coordinated_after_plural_role(doc: TokenView, first: int) -> bool:
    """Does the span at ``first`` follow "und" after a name that follows a plural role
    ("Die Stürmerinnen A B und [C D]")? Then it is the second person of the role."""
    if doc.word(first - 1) != "und" or first < 4:
        return False
    k = first - 2
    words = 0
    while (
        k > 0 and words < 4 and doc.same_sentence(k, first) and nm.is_capitalised_word(doc.words[k])
    ):
        if plural_role_at(doc, k) is not None:
            return words >= 1
        k -= 1
        words += 1
    return False


def _before_foreign_particle(doc: TokenView, i: int) -> bool:
    """A capitalised word, a foreign particle and a surname after a role or demonym:
    "den Niederländer Bram de Vries" (the first name may be a word)."""
    w = doc.words[i]
    return (
        nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and analyze_role(w) is None
        and not lex.is_place(w)
        and doc.word(i + 1) in lex.FOREIGN_PARTICLES
        and nm.is_name_core(doc.word(i + 2), strict=False)
        and doc.same_sentence(i, i + 2)
    )


def _run_after_age(doc: TokenView, i: int) -> _Run | None:
    """A first name and a surname after an age adjective: "der erst 19 Jahre alte Jon
    Amadi"; the first name need not be known. A first name that is also a rare noun and
    an abbreviated surname ("der 23 Jahre alte Eren Y.,") too: the age tells a person."""
    if not age_attribute_before(doc, i) or analyze_role(doc.words[i]) is not None:
        return None  # "die 34 Jahre alte Lehrerin Maria Schulz": the role, then the name
    if not can_start(doc, i, strict=False):
        if _word_before_initial(doc, i) and not (
            _noun_before_initial(doc, i) and _thing_after_initial(doc, i)
        ):
            return i, i + 2, "age"
        return None
    stop = extend_run(doc, i, trusted_stop=i + 2)
    if stop - i == 2 and _noun_before_initial(doc, i) and _thing_after_initial(doc, i):
        return None  # "die 120 Jahre alte Villa M., ein Baudenkmal": a thing's age
    return (i, stop, "age") if stop - i >= 2 else None


def _noun_before_initial(doc: TokenView, i: int) -> bool:
    """Is token ``i`` a dictionary noun, no first name, before an initial ("Villa M.")?"""
    w = doc.words[i]
    return nm.is_initial(doc.word(i + 1)) and lex.is_common_noun(w) and not lex.is_given_name(w)


def _word_before_initial(doc: TokenView, i: int) -> bool:
    """Is token ``i`` a capitalised word (no role, title or place) before an initial that
    closes an apposition ("Eren Y.," "Eren Y. (23)"; not "der 50 Jahre alte Block C."
    at the end of a sentence)?"""
    w = doc.words[i]
    return (
        nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and w not in lex.TITLES
        and not lex.is_place(w)
        and nm.is_initial(doc.word(i + 1))
        and doc.word(i + 2) in {",", "("}
        and doc.same_sentence(i, i + 1)
    )


def _thing_after_initial(doc: TokenView, i: int) -> bool:
    """Does an apposition after the initial at ``i + 1`` name a thing ("Die 120 Jahre alte
    Villa M., ein Baudenkmal", "der 60 Jahre alte Betrieb H. (Metallbau)"): buildings and
    firms have ages too. Not "Eren Y., ein Student", "Eren Y., ein gebürtiger Kölner",
    "Orkan T. (Name geändert)", "Lewis B., der …"."""
    after = i + 2
    if doc.word(after) == "(":
        w = doc.word(after + 1)
        return (
            doc.word(after + 2) == ")" and lex.is_common_noun(w) and role_at(doc, after + 1) is None
        )
    if doc.word(after) != "," or doc.word(after + 1) not in {"ein", "eine"}:
        return False
    k = after + 2
    while k < doc.n and k - after < 5 and not doc.words[k][:1].isupper():
        k += 1  # past adjectives: "ein gebürtiger Kölner"
    return k < doc.n and lex.is_common_noun(doc.words[k]) and role_at(doc, k) is None


def _run_from_given_name(doc: TokenView, i: int) -> _Run | None:
    """A known first name (or initials) and a surname: "Maria Schulz", "J.D. Vance"."""
    w = doc.words[i]
    if (
        (lex.is_given_name(w) and not _month_context(doc, i))
        or (nm.is_initial(w) and can_start(doc, i))
        or (lex.is_word_given_name(w) and word_given_name_starts(doc, i))
    ):
        stop = extend_run(doc, i)
        if stop > i + 1:
            return i, stop, "given"
    return None


def _run_before_tag(doc: TokenView, i: int) -> _Run | None:
    """A name right before "(71)" or "(SPD)"; "Koch (CDU)": also a surname that is a word."""
    w = doc.words[i]
    if can_start(doc, i, strict=False) and analyze_role(w) is None:
        stop = extend_run(doc, i)
        if tag_after(doc, stop) and not (stop == i + 1 and w in lex.MONTHS):
            # a month alone is a date: "Am 12. Mai (34. Spieltag)", not "August Müller (34)"
            return skip_to_given_name(doc, i, stop), stop, "tag"
    if (
        nm.is_capitalised_word(w)
        and not nm.is_never_name(w)
        and tag_after(doc, i + 1)
        and not nm.lemma_is_lowercase(w)
        and doc.word(i - 1).lower() not in lex.DETERMINERS
    ):
        return i, i + 1, "tag"
    return None


def _run_in_role_apposition(doc: TokenView, i: int) -> _Run | None:
    """Two to four name words between the commas of an apposition after a definite role
    phrase: "Der Bürgermeister von Lwiw, [Taras Melnychuk-Dovhan], sprach ..." (the first
    name may be unknown or a word). No role, place, organisation or other entity among
    them, and the last one a name word that is no dictionary noun."""
    if doc.word(i - 1) != ",":
        return None
    stop = i
    while stop < doc.n and stop - i < 4 and doc.same_sentence(i, stop):
        w = doc.words[stop]
        if (
            not nm.is_capitalised_word(w)
            or nm.is_never_name(w)
            or analyze_role(w) is not None
            or lex.is_place(w)
            or nm.is_organisation_word(w)
            or doc.other_entity[stop]
            or doc.blocked[stop]
        ):
            break
        stop += 1
    last = doc.word(stop - 1)
    if (
        stop - i < 2
        or doc.word(stop) not in {",", ".", ";"}
        or not nm.is_name_core(last, strict=False)
        or lex.is_common_noun(last)
        or not role_phrase_before_comma(doc, i, stop)
        or (_ends_in_thing_noun(doc, i - 1) and not lex.is_given_name(doc.words[i]))
    ):
        return None
    return i, stop, "role"


def _ends_in_thing_noun(doc: TokenView, comma: int) -> bool:
    """Does the role phrase before ``comma`` end in a complement whose noun is no role
    ("Der Vorsitzende des Vereins,", "Der Besitzer des Hotels,")? The apposition may then
    name that club, firm or hotel ("Eintracht Hohenlimburg", "Seeblick Resort"); a
    complement that ends in a name ("Der Bürgermeister von Lwiw,") leaves only the holder."""
    w = doc.word(comma - 1)
    return (
        w[:1].isupper()
        and doc.word(comma - 2).lower() in lex.DETERMINERS | lex.PREPOSITIONS
        and analyze_role(w) is None
        and lex.is_common_noun(w)
    )


def _month_context(doc: TokenView, i: int) -> bool:
    """ "August" in "im August", "Ende August 2023" is a month."""
    if doc.words[i] not in lex.MONTHS:
        return False
    prev = doc.word(i - 1).lower()
    nxt = doc.word(i + 1)
    return prev in {"im", "anfang", "ende", "mitte", "seit", "bis", "vom", "zum", "."} or bool(
        nxt[:1].isdigit()
    )
