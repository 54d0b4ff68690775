"""Organisation heads of ``leselupe_org_place_rules``: legal forms, institution compounds,
authorities with "für"/"der", schools, courts and hospitals with a place, a country's one
court or assembly, English heads, clubs, newspapers and alliances; confession bodies with
their place and a name's abbreviation as a mention of its own (see
:mod:`app.nlp.components.org_place_rules`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from app.lexicon.lemmas import is_known
from app.lexicon.roles import is_role_word
from app.lexicon.words import INDEFINITE, TEMPORAL_WORDS, is_given_name
from app.nlp.components.lexclass import (
    LEX_FIRST,
    LEX_GAZ_LOC,
    lex_flags,
)
from app.nlp.components.org_place_base import (
    MAJOR_PLACE_KINDS,
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
    replace_within,
)
from app.nlp.components.org_place_words import (
    ADJECTIVE_STEM_ENDINGS,
    ARTICLES,
    BODY_KIND_ENDINGS,
    BODY_PLACE_ENDINGS,
    CLUB_PREFIXES,
    COMPANY_KIND_ENDINGS,
    COMPOUND_HEADS,
    CONFESSION_PLACE_LINKS,
    CONFESSION_STEMS,
    COURT_HEAD_ENDINGS,
    COURT_NUMERALS,
    DAYS_AND_MONTHS,
    DEMONYM_CLUB_HEADS,
    DER_HEADS,
    ENGLISH_HEADS,
    FEMININE_SUFFIXES,
    FIRM_PLACE_ENDINGS,
    FUER_DAS_STATES,
    FUER_HEADS,
    LEGAL_FORMS,
    NATIONAL_BODY_HEADS,
    NATIONAL_BODY_PREFIXES,
    ORG_TAIL_NOUNS,
    PAPER_HEADS,
    PLACE_HEAD_ENDINGS,
    PLACE_HEADS,
    PLACE_NAME_LINKS,
    REGION_PARTS,
    ROMANCE_HEADS,
    ROMANCE_PARTICLES,
    SEPARATE_HEADS,
    SINGULAR_DER_HEADS,
    TWO_SEAT_HEADS,
)


def head_form(text: str, heads: frozenset[str] | tuple[str, ...]) -> bool:
    """``text`` is one of ``heads`` or its genitive ("Universitätsklinikums", "Instituts")."""
    if text in heads:
        return True
    return text.endswith("s") and (
        text[:-1] in heads or (text.endswith("es") and text[:-2] in heads)
    )


def company_kind_word(text: str) -> bool:
    """A compound noun of a company's kind ("Elektronikkonzern", "Küchenhersteller"); not
    the kind alone ("Bank Austria": it can open a name), a compound with a name
    ("Holsten-Brauerei") or an institution's head ("Landesbank Hessen-Thüringen")."""
    low = text.lower()
    ending = next((e for e in COMPANY_KIND_ENDINGS if low.endswith(e)), None)
    if ending is None or len(low) <= len(ending) + 2 or "-" in text:
        return False
    return not (head_form(text, PLACE_HEADS) or head_form(text, FUER_HEADS))


# Contracted prepositions before a name ("im Nordlicht Verlag", "vom ... Verlag").
_CONTRACTED = frozenset({"im", "vom", "beim", "zum", "zur", "am"})
# The articles and contracted prepositions that agree with a head written apart: a
# foundation is feminine, a publisher masculine ("der Familie Stiftung" may be one name,
# "Die Familie Verlag ..." is not).
_HEAD_ARTICLES = {
    "Stiftung": frozenset({"die", "der", "eine", "einer", "zur"}),
    "Verlag": frozenset({"der", "den", "dem", "ein", "einen", "einem", "im", "vom", "beim", "zum"}),
    "Verlags": frozenset({"des", "eines"}),
    "Verlages": frozenset({"des", "eines"}),
}


def _adjective_word(token: object) -> bool:
    """An inflected adjective of a known stem with an adjective's suffix ("Deutscher",
    "Freie", "Evangelisches"); the tagger often calls such words in a name PROPN."""
    low = getattr(token, "lower_", "")
    for ending in ("es", "er", "en", "em", "e"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and stem.endswith(ADJECTIVE_STEM_ENDINGS) and is_known(stem):
            return True
    return False


class HeadRules(OrgPlaceBase):
    """Organisations recognised by their head word."""

    def _heads(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        found: list[Ent] = []
        n = len(doc)
        for i in range(n):
            span = (
                self._legal_form(doc, i)
                or self._fuer_head(doc, i)
                or self._compound_with_place(doc, i, ents)
                or self._place_head(doc, i, ents)
                or self._national_body(doc, i)
                or self._english_head(doc, i)
                or self._romance_head(doc, i)
                or self._club(doc, i)
                or self._paper(doc, i)
                or self._broadcaster(doc, i)
                or self._alliance(doc, i)
            )
            if span is not None and span[1] <= n and span[1] - span[0] >= 1:
                found.append((span[0], span[1], "ORG"))
        for ent in found:
            ents = replace_within(ents, ent)
        ents = self._confession_places(doc, ents)
        ents = self._acronym_appositions(doc, ents)
        ents = self._separate_heads(doc, ents)
        ents = [self._kind_adjective_name(doc, e) for e in ents]
        ents = [self._noun_after_place(doc, e) for e in ents]
        return self._romance_tails(doc, ents)

    def _compound_with_place(self, doc: Doc, i: int, ents: list[Ent]) -> tuple[int, int] | None:
        """A compound head ("Max-Planck-Institut"); a hospital's one takes the place after
        it like "Landeskrankenhaus Feldkirch" does ("Helios-Klinikum Krefeld", ents37)."""
        compound = self._compound_head(doc, i)
        if compound is None or compound != (i, i + 1):
            return compound
        place = self._ending_head(doc, i, ents) if i + 1 < len(doc) else None
        return place if place is not None and place[1] > i + 1 else compound

    def _separate_heads(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Robert Bosch Stiftung' (a person to the model), 'den Nordlicht Verlag': a
        foundation's or publisher's head written apart after name words is an
        organisation; a capitalised word and the head right after an article or a
        contracted preposition are one (two nouns side by side are no phrase of their
        own), and so are the name words of an entity that ends in the head."""
        out = list(ents)
        for i in range(1, len(doc)):
            if doc[i].text not in SEPARATE_HEADS:
                continue
            inside = next((e for e in out if e[0] < i < e[1] or e[1] == i + 1 == e[0] + 1), None)
            ending = next((e for e in out if e[1] == i + 1 and e[0] < i), None)
            listed = self._bare_noun_follows(doc, i)
            over = next((e for e in out if e[0] < i and e[1] > i + 1 and e[2] == "PER"), None)
            if (
                over is not None
                and over[0] > 0
                and doc[over[0] - 1].lower_ in _HEAD_ARTICLES[doc[i].text]
                and all(is_capitalised_word(t.text) for t in doc[over[0] : i])
                and all(self._is_common_noun(t) for t in doc[i + 1 : over[1]])
            ):
                # "lud die Robert Bosch Stiftung Schüler ein": a person to the model run on
                # into the object; the name ends with its head
                out = [(over[0], i + 1, "ORG") if e == over else e for e in out]
                continue
            if ending is not None:
                s = ending[0]
                if not all(is_capitalised_word(t.text) for t in doc[s:i]):
                    continue
                if (
                    listed
                    and ending[2] == "PER"
                    and not (s > 0 and doc[s - 1].lower_ in _HEAD_ARTICLES[doc[i].text])
                ):
                    # "Seit 2010 leitet Peter Müller Stiftung und Museum": the head is a
                    # common noun of a list after the person's name, no part of it
                    out = [(s, i, "PER") if e == ending else e for e in out]
                    continue
                first = doc[s - 1] if s > 0 else None
                if (
                    first is not None
                    and is_given_name(first.text)
                    and is_capitalised_word(first.text)
                    and not any(e[0] <= s - 1 < e[1] and e[1] - e[0] > 1 for e in out)
                ):
                    # "Robert" + "Bosch Stiftung": the founder's first name is part of it
                    out = [e for e in out if e != (s - 1, s, e[2])]
                    s = s - 1
                out = [(s, i + 1, "ORG") if e == ending else e for e in out]
                continue
            if inside is not None:
                continue
            name = doc[i - 1]
            if i < 2 or not (is_capitalised_word(name.text) and name.text[1:].islower()):
                continue
            if is_role_word(name.text):
                continue  # "gab dem Autor Verlag und Geld"
            if doc[i - 2].lower_ not in _HEAD_ARTICLES[doc[i].text]:
                continue  # "Die Familie Verlag ...": the article is the other noun's
            if name.text in TEMPORAL_WORDS or listed:
                continue  # "im Mai Verlag und Autor einig", "der Stadt Stiftung und Land"
            before = next((e for e in out if e[0] <= i - 1 < e[1]), None)
            if before is not None and before != (i - 1, i, before[2]):
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and is_capitalised_word(nxt.text):
                continue  # "der Kinder Stiftung Warentest": unclear
            out = replace_within([e for e in out if e != before], (i - 1, i + 1, "ORG"))
        return out

    def _bare_noun_follows(self, doc: Doc, i: int) -> bool:
        """'Stiftung und Museum', 'Verlag und Druckerei': the head and a common noun without
        an article joined by "und", "oder" or "sowie" are a list of common nouns."""
        if i + 2 >= len(doc) or doc[i + 1].text not in {"und", "oder", "sowie"}:
            return False
        nxt = doc[i + 2]
        return nxt.text[1:].islower() and self._is_common_noun(nxt)

    def _kind_adjective_name(self, doc: Doc, ent: Ent) -> Ent:
        """'des Zentralverbands' + 'Deutsches Baugewerbe' -> one name: an association's
        kind before a name that opens with an adjective ("Bundesverband Deutscher
        Banken") is the name's first word."""
        start, end, label = ent
        if label != "ORG" or start == 0:
            return ent
        kind = doc[start - 1]
        if not (is_capitalised_word(kind.text) and "-" not in kind.text):
            return ent
        if not kind.lower_.endswith(BODY_KIND_ENDINGS):
            return ent
        first = doc[start]
        if not (first.text[:1].isupper() and _adjective_word(first)):
            return ent
        return (start - 1, end, label)

    def _noun_after_place(self, doc: Doc, ent: Ent) -> Ent:
        """'IG Metall Baden-Württemberg Widerstand' -> 'IG Metall Baden-Württemberg': an
        organisation named by a place ends there; a common noun after the place is the
        sentence's object, no part of the name."""
        start, end, label = ent
        if label != "ORG" or end - start < 3:
            return ent
        last, place = doc[end - 1], doc[end - 2]
        if not (is_capitalised_word(last.text) and last.text[1:].islower()):
            return ent  # "Amtsgericht Köln I"
        if last.text in LEGAL_FORMS or last.text in ORG_TAIL_NOUNS:
            return ent  # "Stadtwerke Hameln Holding"
        if not self._is_plain_noun(last):
            return ent
        entry = self.names.place(place.text, derived=True)
        if entry is None or entry.kind not in MAJOR_PLACE_KINDS:
            return ent  # only a listed city, region or country ("New York Knicks" stays)
        if self._is_adjective_form(place):
            return ent  # "Verbandes Norddeutscher Frauenvereine": the gazetteer lists the word
        if head_form(last.text, PLACE_HEADS) or company_kind_word(last.text):
            return ent
        return (start, end - 1, label)

    def _confession_places(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Evangelischen Kirche' + 'im Rheinland', 'Katholischen Universität' + 'in Lima':
        an organisation named by a confession's adjective and a common noun takes the place
        after "in"/"im"/"von" into its name (a place alone or a listed place)."""
        out = list(ents)
        for start, end, label in ents:
            if label != "ORG" or end - start < 2 or end + 1 >= len(doc):
                continue
            if doc[end].text not in CONFESSION_PLACE_LINKS:
                continue
            words = doc[start : end - 1]
            if not all(
                t.text[:1].isupper() and t.lower_.startswith(CONFESSION_STEMS) for t in words
            ):
                continue
            if not self._is_common_noun(doc[end - 1]):
                continue
            k = end + 1
            place = next((e for s, e, lab in out if s == k and lab == "LOC"), None)
            if place is None:
                if not (is_capitalised_word(doc[k].text) and self._is_known_place(doc[k])):
                    continue
                place = k + 1
            if (
                place + 1 < len(doc)
                and doc[place].text == "und"
                and is_capitalised_word(doc[place + 1].text)
                and self._is_known_place(doc[place + 1])
            ):
                place += 2  # "Evangelische Kirche in Hessen und Nassau"
            nxt = doc[place] if place < len(doc) else None
            if nxt is not None and is_capitalised_word(nxt.text) and not self._is_plain_noun(nxt):
                continue  # a longer name after the place: unclear
            out = replace_within(out, (start, place, "ORG"))
        return out

    def _acronym_appositions(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Europäischen Südsternwarte ESO' -> 'Europäischen Südsternwarte' + 'ESO': an
        organisation's name and its abbreviation after it are two mentions (the
        abbreviation in capitals, opening with the name's first letter, after a word the
        lexicon knows; not a legal form or a place: "Radio NRW", "Fraunhofer FIT")."""
        out = list(ents)
        for start, end, label in ents:
            if label != "ORG" or end - start < 2:
                continue
            last, before = doc[end - 1], doc[end - 2]
            text = last.text
            if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
                continue
            if text in LEGAL_FORMS or self._is_known_place(last):
                continue
            if not is_capitalised_word(before.text) or before.text.isupper():
                continue
            if self._is_unknown_token(before) or lex_flags(before) & LEX_FIRST:
                continue  # "Fraunhofer FIT": the abbreviation after a name is the name
            if text[0] != doc[start].text[:1] or doc[start].text.isupper():
                continue
            out = [e for e in out if e != (start, end, label)]
            out += [(start, end - 1, "ORG"), (end - 1, end, "ORG")]
        return out

    def _romance_tails(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Front de Libération de la Côte' + 'des Somalis': an organisation whose name has
        a Romance particle inside goes on over a Romance particle and a capitalised word
        that is no dictionary noun right after it ("des" is French here; "... des Landes"
        stays German)."""
        out = list(ents)
        for start, end, label in ents:
            if label != "ORG" or not any(t.text in ROMANCE_PARTICLES for t in doc[start:end]):
                continue
            k = end
            while (
                k + 1 < len(doc)
                and doc[k].text in ROMANCE_PARTICLES
                and is_capitalised_word(doc[k + 1].text)
                and not self._is_plain_noun(doc[k + 1])
                and not is_known(doc[k + 1].text)  # "des Jahres", "des Landes": German
            ):
                k += 2
            if k > end:
                longer = replace_within(
                    [e for e in out if e != (start, end, label)], (start, k, "ORG")
                )
                if (start, k, "ORG") in longer:
                    out = longer
        return out

    def _name_run_before(self, doc: Doc, end: int, limit: int = 4) -> int:
        """Start of the run of capitalised name words (and '&') ending before ``end``;
        a place name with lowercase links counts as name words ("Witten a. d. Ruhr")."""
        j = end
        words = 0
        while j > 0 and words < limit:
            prev = doc[j - 1]
            text = prev.text
            if prev.is_sent_start and (
                not (is_capitalised_word(text) or text.isupper()) or prev.lower_ in ARTICLES
            ):
                break  # "Die Stadtwerke X GmbH": the article opening the sentence is no part
            if text == "&" or (text[:1].isupper() and (text.replace("-", "").isalnum())):
                if text in LEGAL_FORMS and j != end:
                    break
                if j != end and company_kind_word(text) and self._is_plain_noun(prev):
                    break  # "Der Küchenhersteller August Brinkhoff KG": the kind is no part
                j -= 1
                words += 1
                continue
            link = self._place_link_before(doc, j)
            if link and j < end and j - link > 0 and is_capitalised_word(doc[j - link - 1].text):
                j -= link
                continue
            break
        return j

    @staticmethod
    def _place_link_before(doc: Doc, j: int) -> int:
        """Length of a lowercase place-name link ending before ``j`` ("a. d.", "an der")."""
        for link in PLACE_NAME_LINKS:
            n = len(link)
            if j - n >= 1 and tuple(t.text for t in doc[j - n : j]) == link:
                return n
        return 0

    def _legal_form(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Siemens AG', 'Google Inc.', 'Roburit GmbH', 'Müller & Co. KG'."""
        text = doc[i].text
        if i == 0 or not (text in LEGAL_FORMS or (text.endswith(".") and text[:-1] in LEGAL_FORMS)):
            return None  # "GmbH." at a sentence end is one token
        end = i + 1
        while end < len(doc) and (doc[end].text in LEGAL_FORMS or doc[end].text == "&"):
            if doc[end].text == "&" and (end + 1 >= len(doc) or doc[end + 1].text != "Co."):
                break
            end += 1
        start = self._name_run_before(doc, i)
        if start == i:
            return None
        if all(self._is_plain_noun(t) for t in doc[start:i]) and i - start == 1:
            return None  # "die Holding AG" -> "Holding" alone is no name
        return start, end

    def _compound_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Friedrich-Naumann-Stiftung', 'Robert-Koch-Institut' (name parts + a head)."""
        text = doc[i].text
        if "-" not in text or not text[:1].isupper():
            return None
        first, _, head = text.rpartition("-")
        if not head_form(head, COMPOUND_HEADS) or not first:
            return None
        parts = first.split("-")
        if not all(p[:1].isupper() and p.isalpha() for p in parts):
            return None
        return i, i + 1

    def _fuer_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Bundesamt für Migration und Flüchtlinge', 'Bundesministerium der Finanzen'."""
        text = doc[i].text
        if i + 2 >= len(doc):
            return None
        link = doc[i + 1].text
        if "-" in text and self._compound_head(doc, i) is not None:
            text = text.rpartition("-")[2]  # "Max-Planck-Instituts für Biogeochemie"
        if not (
            (link == "für" and head_form(text, FUER_HEADS))
            or (link in {"der", "des"} and head_form(text, DER_HEADS))
        ):
            return None
        if i > 0 and doc[i - 1].lower_ in INDEFINITE:
            return None  # "ein Museum für Heimatgeschichte bauen": a kind, no name
        if (
            link == "der"
            and head_form(text, SINGULAR_DER_HEADS)
            and not doc[i + 2].lower_.endswith(FEMININE_SUFFIXES)
        ):
            # "der" + a genitive singular needs a feminine noun ("der Polizei"); else a
            # plural names the members ("die Gewerkschaft der Lokführer"): no name
            return None
        j = i + 2
        if link == "für" and doc[j].text == "das" and j + 1 < len(doc):
            if not (doc[j + 1].text in FUER_DAS_STATES or self._is_known_place(doc[j + 1])):
                return None  # "die Kommission für das Jahr 2025", "ein Rat für das Alter"
            j += 1  # "Verfassungsgerichtshof für das Land Nordrhein-Westfalen"
        last = -1
        while j < len(doc):
            t = doc[j].text
            if is_capitalised_word(t) or (t[:1].isupper() and t.isupper()):
                last = j
                j += 1
            elif (
                t in {"und", ","}
                and j + 1 < len(doc)
                and doc[j + 1].text[:1].isupper()
                and (t == "und" or self._is_common_noun(doc[j + 1]))
            ):
                j += 1  # "für Umwelt, Naturschutz und ..." (not "für Migration, Hartmut X")
            elif (
                t == "und"
                and j + 2 < len(doc)
                and doc[j + 1].text.islower()
                and self._is_adjective_form(doc[j + 1])
                and is_capitalised_word(doc[j + 2].text)
            ):
                j += 2  # "für Umwelt, Naturschutz und nukleare Sicherheit"

            elif t in {"der", "des", "für", "in", "im"} and j + 1 < len(doc) and last == j - 1:
                # "Bundesamt für Sicherheit in der Informationstechnik"
                nxt = doc[j + 1].text
                if t in {"in", "im"} and self._is_known_place(doc[j + 1]):
                    break  # "Max-Planck-Institut für Astronomie in Heidelberg"
                if t == "im" and self._is_plain_noun(doc[j + 1]):
                    break  # "des Potsdam-Instituts für Klimafolgenforschung im Schnitt"
                if nxt[:1].isupper() or (nxt in {"der", "den"} and j + 2 < len(doc)):
                    j += 1
                    continue
                break
            elif t in {"den"} and last == j - 2:
                j += 1
            elif (
                t.islower()
                and doc[j - 1].text in {"der", "des", "für", "und"}
                and j + 1 < len(doc)
                and is_capitalised_word(doc[j + 1].text)
                and self._is_adjective_form(doc[j])
            ):
                # "Institut der deutschen Wirtschaft", "Zentralrat der deutschen Sinti",
                # "Institut für extraterrestrische Physik", "für Umwelt und nukleare ..."
                j += 1
            else:
                break
            if j - i > 10:
                break
        if last < 0:
            return None
        start = i
        before = doc[i - 1] if i > 0 else None
        if (
            before is not None
            and is_capitalised_word(before.text)
            and (self._is_demonym(before.text) or self._is_known_place(before))
        ):
            start = i - 1  # "Karlsruher Institut für Technologie", "Kiel Institut für ..."
        return start, last + 1

    def _place_head(self, doc: Doc, i: int, ents: list[Ent]) -> tuple[int, int] | None:
        """'Realschule Spaichingen', 'Amtsgericht München', 'Universität Hamburg'; a place
        of several words the model found after the head counts whole ("Kreisverwaltung
        Bad Kreuznach")."""
        if i + 1 >= len(doc):
            return None
        if not head_form(doc[i].text, PLACE_HEADS):
            return self._ending_head(doc, i, ents)
        place = self._place_span_end(doc, i + 1, ents)
        if place is not None and all(
            is_capitalised_word(t.text) or t.text == "St." for t in doc[i + 1 : place]
        ):
            return i, self._region_part(doc, place)
        nxt = doc[i + 1]
        if not is_capitalised_word(nxt.text) or self._is_plain_noun(nxt):
            return None
        if nxt.text in DAYS_AND_MONTHS:
            return None  # "das Finanzamt Montag schließt"
        end = i + 2
        if (
            end + 1 < len(doc)
            and doc[end].text in {"am", "an", "im"}
            and is_capitalised_word(doc[end + 1].text)
            and doc[end + 1].text not in DAYS_AND_MONTHS
            and not self._is_plain_noun(doc[end + 1])
            and self._is_known_place(doc[end + 1])
        ):
            # "Universität Frankfurt am Main"; not "Zollamt Kiel am Montag", "am Rathaus"
            end += 2
        elif (
            end + 1 < len(doc)
            and doc[end].text == "und"
            and head_form(doc[i].text, TWO_SEAT_HEADS)
            and self._is_named_seat(doc[end + 1])
        ):
            end += 2  # "Erzbistum München und Freising": one body of two seats
        elif (
            end < len(doc)
            and doc[end].text in COURT_NUMERALS
            and doc[i].lower_.endswith(("gericht", "gerichts", "gerichtes"))
        ):
            end += 1  # "Landgericht München II": the numeral names the court
        return i, self._region_part(doc, end)

    def _is_named_seat(self, token: object) -> bool:
        """A listed place that is no common noun ("Freising"; not "Essen")."""
        return (
            is_capitalised_word(getattr(token, "text", ""))
            and self._is_known_place(token)
            and not self._is_common_noun(token)
        )

    def _ending_head(self, doc: Doc, i: int, ents: list[Ent]) -> tuple[int, int] | None:
        """'Landeskrankenhaus Feldkirch', 'Universitätsspital Basel', 'Volksgericht Hanoi',
        'Schlossbrauerei Büdingen': a compound head of a hospital, compound or local firm and
        a place (a listed one, or a name the model found there)."""
        token = doc[i]
        if not is_capitalised_word(token.text):
            return None
        low = token.lower_
        if "-" in low:  # "VR-Bank", "Helios-Klinikum": only a body or hospital head
            low = low.replace("-", "")
            if not low.endswith(BODY_PLACE_ENDINGS + PLACE_HEAD_ENDINGS):
                return None
        compound = next(
            (
                e
                for e in COURT_HEAD_ENDINGS + FIRM_PLACE_ENDINGS + BODY_PLACE_ENDINGS
                if low.endswith(e)
            ),
            None,
        )
        if compound is not None and len(low) < len(compound) + 3:
            return None  # "Gericht" alone: no compound head
        if compound is None and not low.endswith(PLACE_HEAD_ENDINGS):
            return None
        if compound is not None and doc[i + 1].text.endswith("s"):
            stem = self.names.get((doc[i + 1].text[:-1],))
            entry = self.names.get((doc[i + 1].text,))
            if entry is None or entry.flag == "~" or (stem is not None and stem.label == "LOC"):
                return None  # "Verfassungsgericht Russlands": a country's genitive
        k = i + 1
        nxt = doc[k]
        if not (is_capitalised_word(nxt.text) or nxt.text == "St.") or nxt.text in DAYS_AND_MONTHS:
            return None
        body = low.endswith(BODY_PLACE_ENDINGS)
        if body and low.startswith("unter"):
            return None  # "Unterabteilung Mucoromycotina": a rank of a taxonomy
        end = next(
            (
                e
                for s, e, lab in ents
                if s in (i, k)
                and k < e
                and lab != "PER"
                # a bank, firm or abbey takes a place or a saint, not another firm's name
                # ("Weinbaubetrieb" + ORG "Buena Vista Winery")
                and (not body or lab == "LOC" or nxt.text == "St." or s == i)
            ),
            None,
        )
        if end is not None:  # the model's name there ("Landeskrankenhaus Feldkirch" LOC)
            if all(is_capitalised_word(t.text) or t.text == "St." for t in doc[k:end]):
                return i, self._region_part(doc, end)
            return None
        if self._is_known_place(nxt) and not self._is_plain_noun(nxt):
            return i, self._region_part(doc, k + 1)
        return None

    @staticmethod
    def _region_part(doc: Doc, end: int) -> int:
        """'Volksbank Münsterland' + 'Nord': a region's part after the place."""
        if end < len(doc) and doc[end].text in REGION_PARTS:
            return end + 1
        return end

    def _national_body(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'das Bundesgericht', 'des Verfassungsgerichts', 'Vietnams Nationalversammlung'
        -> 'Nationalversammlung': a country's one court or assembly named by its kind."""
        text = doc[i].text
        if not text.startswith(NATIONAL_BODY_PREFIXES) or not text.isalpha():
            return None
        prefix = next(p for p in NATIONAL_BODY_PREFIXES if text.startswith(p))
        if text[len(prefix) :] not in NATIONAL_BODY_HEADS:
            return None
        return i, i + 1

    def _english_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'NBC News', 'Fox News', 'Harvard University', 'Matthew Humberstone School';
        a band named by a person ('die Dave Matthews Band'; not 'Goethe Band 3': a
        volume)."""
        if i == 0:
            return None
        if doc[i].text == "Band":
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and (after.like_num or after.text in COURT_NUMERALS):
                return None
        elif doc[i].text not in ENGLISH_HEADS:
            return None
        j = i
        while j > 0 and i - j < 4:
            prev = doc[j - 1].text
            if prev.lower() in ARTICLES or (doc[j - 1].pos_ in {"DET", "PRON"} and prev != "The"):
                break  # "Die Otto Group" opening a sentence: the article is no part
            if prev[:1].isupper() and prev.replace("-", "").replace(".", "").isalnum():
                if (self._is_plain_noun(doc[j - 1]) and not prev.isupper()) or self._is_demonym(
                    prev
                ):
                    break  # "die Schweizer SAM Group": the place adjective is no part
                if prev[1:].islower() and prev.lower().endswith(COMPANY_KIND_ENDINGS):
                    break  # "des Stahlkonzerns Daehan Steel": the kind is no part
                j -= 1
                continue
            if prev in {"of", "for", "and", "&"} and j - 1 > 0 and j != i and doc[i].text != "Band":
                j -= 1
                continue
            break
        while j < i and doc[j].text in {"of", "for", "and", "&"}:
            j += 1
        if doc[i].text == "Band" and j < i and not self._band_opened(doc, j):
            return None  # "Nach dem Konzert dankte Peter Maffay Band und Publikum"
        if j == i:
            # "University of Oxford", "Bank of England": the head first
            k = i + 1
            if k + 1 < len(doc) and doc[k].text == "of" and doc[k + 1].text[:1].isupper():
                return i, k + 2
            return None
        return j, i + 1

    @staticmethod
    def _band_opened(doc: Doc, j: int) -> bool:
        """A band's name after a person's opens with "The" or follows an article, a
        determiner or a contracted preposition ("die Dave Matthews Band", "im Vorprogramm
        der ..."); without one, "Band" is the common noun after the person ("verließ Max
        Weber Band und Label")."""
        if doc[j].text == "The":
            return True
        if j == 0:
            return False
        prev = doc[j - 1]
        return prev.lower_ in ARTICLES or prev.lower_ in _CONTRACTED or prev.pos_ == "DET"

    def _romance_head(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Teatro São Luiz', 'Museo del Prado', 'Universidad de Chile': a Romance head, then
        capitalised words and particles, ending on a capitalised word."""
        if doc[i].text not in ROMANCE_HEADS:
            return None
        end = i + 1
        k = i + 1
        while k < len(doc) and k - i <= 5:
            text = doc[k].text
            if is_capitalised_word(text) and not self._is_plain_noun(doc[k]):
                k += 1
                end = k
            elif text in ROMANCE_PARTICLES:
                k += 1
            else:
                break
        return (i, end) if end > i + 1 else None

    def _club(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'VfL Osnabrück', '1. FC Köln', 'Borussia Dortmund', 'Schalke 04', 'Chemnitzer FC'."""
        text = doc[i].text
        if (
            i + 1 < len(doc)
            and doc[i + 1].text in DEMONYM_CLUB_HEADS
            and self._is_demonym(text)
            and not lex_flags(doc[i]) & LEX_FIRST
        ):
            return i, i + 2  # "Chemnitzer FC", "Karlsruher SC"
        if text not in CLUB_PREFIXES or i + 1 >= len(doc):
            return None
        if text in {"Stuttgarter", "Holstein", "Preußen", "Energie", "Hansa"} and doc[
            i + 1
        ].text not in {"Kickers", "Kiel", "Münster", "Cottbus", "Rostock"}:
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3:
            t = doc[j].text
            if is_capitalised_word(t) and not (self._is_plain_noun(doc[j]) and j > i + 1):
                j += 1
            elif t.isdigit() and len(t) in (2, 4) and j > i + 1:
                j += 1
                break
            else:
                break
        if j == i + 1:
            return None
        start = i
        if i >= 2 and doc[i - 1].text == "." and doc[i - 2].text.isdigit():
            start = i - 2
        elif i >= 1 and re.fullmatch(r"\d\.", doc[i - 1].text):
            start = i - 1
        return start, j

    def _paper(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Stuttgarter Zeitung', 'Kölner Stadt-Anzeiger': place adjective + paper head."""
        text = doc[i].text
        if i + 1 >= len(doc) or not self._is_demonym(text):
            return None
        head = doc[i + 1].text
        if head.rpartition("-")[2] in PAPER_HEADS:
            return i, i + 2
        return None

    @staticmethod
    def _broadcaster(doc: Doc, i: int) -> tuple[int, int] | None:
        """'der Norddeutsche Rundfunk', 'des Hessischen Rundfunks' (ents37): a capitalised
        adjective of a land or region ("-isch", "-deutsch") inside a sentence before
        "Rundfunk" names a public broadcaster; a lowercase one is generic ("der
        öffentlich-rechtliche Rundfunk", "der bayerische Rundfunk")."""
        if i + 1 >= len(doc) or doc[i + 1].text not in ("Rundfunk", "Rundfunks"):
            return None
        word = doc[i]
        if word.is_sent_start or not is_capitalised_word(word.text) or "-" in word.text:
            return None
        low = word.lower_
        for ending in ("er", "en", "es", "em", "e"):
            if low.endswith(ending) and low[: -len(ending)].endswith(("isch", "deutsch")):
                return i, i + 2
        return None

    def _alliance(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Bündnis Zukunft Österreich': "Bündnis" and capitalised words of which the last
        is a name (a place, a first name or a word the lexicon does not know)."""
        if doc[i].text != "Bündnis":
            return None
        j = i + 1
        while j < len(doc) and j - i <= 3 and is_capitalised_word(doc[j].text):
            j += 1
        if j - i < 2:
            return None
        last = doc[j - 1]
        flags = lex_flags(last)
        if flags & (LEX_GAZ_LOC | LEX_FIRST) or self._is_known_place(last):
            return i, j
        return (i, j) if self._is_unknown_token(last) else None
