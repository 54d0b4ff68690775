"""Bodies, titles and events of ``leselupe_org_place_rules`` (part of ``news``; see
:mod:`app.nlp.components.org_place_rules`).

- **quoted titles of media**: a paper, journal, magazine, broadcaster or agency noun and a
  name in quotation marks after it: the name is an organisation ("im Fachblatt „Science“",
  "des Magazins „The Face“", "der Zeitung „Cumhuriyet“"); the noun itself is none;
- **local bodies**: police, fire brigade, welfare bodies, museums, libraries, halls and
  houses of culture named by a listed place ("Polizei Oldenburg", "Feuerwehr Hameln",
  "Kunsthalle Bremen"), and a state parliament with "von" + place ("Landtag von
  Sachsen-Anhalt"), are one organisation;
- **firms of two names**: "Kessler & Vogt", "Brandtner & Söhne";
- **compounds with an elided head**: a first part with a hyphen, "und"/"oder" and a
  compound with an organisation head are one organisation ("Deutsche Patent- und
  Markenamt", "der Industrie- und Handelskammer", "Volks- und Raiffeisenbanken");
- **honorifics**: an English or French form of address opening a person is no part of
  the name ("Miss Parker" -> "Parker", as "Herr"/"Frau" in GermEval; run last, after the
  person rules that add first names before a span);
- **saints' churches**: "St."/"Sankt" + a name after a church noun is a place ("Kirche
  St. Peter", "Pfarrkirche St. Marien");
- **no names**: events ("Australian Open", "Berliner Halbmarathon", "Deutschen
  Meisterschaften", "Parlamentswahl"; GermEval tags them OTH, which is no label here) and
  a lowercase adjective alone ("den kanadischen Stürmer") are neither places nor
  organisations.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from app.lexicon.lemmas import known_lemma
from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_GAZ_ORG,
    lex_flags,
)
from app.nlp.components.org_place_base import (
    NAME_KNOWN,
    Ent,
    OrgPlaceBase,
    is_capitalised_word,
    replace_within,
)
from app.nlp.components.org_place_words import (
    ADJECTIVE_EVENT_ENDINGS,
    BAND_KAPELLE_ENDINGS,
    CHURCH_ENDINGS,
    CONTEST_WORDS,
    ELIDED_ALONE_ENDINGS,
    ELIDED_ORG_ENDINGS,
    ELIDED_PLACE_ENDINGS,
    ELIDED_PLURAL_KINDS,
    EVENT_ENDINGS,
    HONORIFICS,
    ISCH_ADJECTIVE_ENDINGS,
    LIST_LINKS,
    LOCAL_BODY_ADJECTIVES,
    LOCAL_BODY_ENDINGS,
    LOCAL_BODY_HEADS,
    MEDIA_KIND_ENDINGS,
    NO_EVENT_ENDINGS,
    NO_PLACE_ORG_ENDINGS,
    OPENING_QUOTES,
    SAINTS,
    STATE_PARLIAMENTS,
)

_CLOSING_QUOTES = frozenset({"“", '"', "”", "«", "»", "'", "‘", "’"})
_EDGE_PUNCTUATION = _CLOSING_QUOTES | {"„", "‚", "/", "-", "–", "—", ",", ";", ":"}
_ADJECTIVE_ENDINGS = ("isch", *ISCH_ADJECTIVE_ENDINGS)
# A first part written with a hyphen for an elided head: "Patent-", "Volks-" (not "CDU-").
_ELIDED_PART = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+-$")
_ELIDED_LINKS = frozenset({"und", "oder"})
# Articles and contracted prepositions before a name of this kind alone ("der Industrie-
# und Handelskammer", "beim Hotel- und Gaststättenverband").
_ELIDED_OPENERS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "im", "vom", "beim", "zum", "zur", "am"}
)


def _trim_punctuation(doc: Doc, ent: Ent) -> Ent | None:
    """'dpa/' (in "(dpa/lby)"), 'Mafia“': a slash, quotation mark, dash, comma, semicolon
    or colon at either end of a span is no part of the name (None when nothing is left)."""
    start, end, label = ent
    while start < end and doc[start].text in _EDGE_PUNCTUATION:
        start += 1
    while end > start and doc[end - 1].text in _EDGE_PUNCTUATION:
        end -= 1
    return (start, end, label) if end > start else None


def _party_not_place(doc: Doc, ent: Ent) -> Ent:
    """'der Sozialistischen Partei', 'vom Concertgebouworkest' (places to the model) ->
    ORG: a span ending in a party's or orchestra's head is an organisation."""
    start, end, label = ent
    last = doc[end - 1]
    if (
        label == "LOC"
        and is_capitalised_word(last.text)
        and last.lower_.endswith(NO_PLACE_ORG_ENDINGS)
    ):
        return (start, end, "ORG")
    return ent


class BodyRules(OrgPlaceBase):
    """Media titles in quotes, local bodies by place, firms of two names, events."""

    def _bodies(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        ents = [t for t in (_trim_punctuation(doc, e) for e in ents) if t is not None]
        ents = [e for e in ents if not self._event_or_adjective(doc, e)]
        ents = [self._saints_church(doc, e) for e in ents]
        ents = [_party_not_place(doc, e) for e in ents]
        for i in range(len(doc)):
            found = self._quoted_title(doc, i)
            if found is not None:
                kind = (i, i + 1, "ORG")
                ents = replace_within([e for e in ents if e != kind], found)
                continue
            span = self._local_body(doc, i, ents) or self._firm_of_names(doc, i)
            if span is not None:
                ents = replace_within(ents, (span[0], span[1], "ORG"))
        return self._elided_compounds(doc, ents)

    # -- compounds with an elided head ----------------------------------------------

    def _elided_compounds(self, doc: Doc, ents: list[Ent]) -> list[Ent]:
        """'Deutsche Patent- und Markenamt', 'Volks- und Raiffeisenbanken', 'der Industrie-
        und Handelskammer': a first part with a hyphen, "und"/"oder" and a compound are one
        name (the hyphen stands for the compound's head). It is an organisation when the
        model had one on either side or the compound ends in an organisation head; with
        neither entity, only a chamber, union or association after an article ("der
        Industrie- und Handelskammer"; not "der Kranken- und Pflegekasse"). A place after
        a chamber, office or court head belongs to it ("Industrie- und Handelskammer
        Kassel-Marburg")."""
        n = len(doc)
        out = list(ents)
        for i in range(n - 2):
            if not _ELIDED_PART.match(doc[i].text) or doc[i + 1].lower_ not in _ELIDED_LINKS:
                continue
            head = doc[i + 2]
            if not is_capitalised_word(head.text) or "-" in head.text:
                continue
            low = head.lower_
            org_head = len(low) >= 6 and low.endswith(ELIDED_ORG_ENDINGS)
            left = next((e for e in out if e[0] <= i < e[1]), None)
            right = next((e for e in out if e[0] <= i + 2 < e[1]), None)
            alone = (
                left is not None
                and left[:2] == (i, i + 1)
                and left[2] != "ORG"
                and right is None
                and not org_head
                and self._is_common_noun(head)
            )
            if low.endswith(ELIDED_PLURAL_KINDS) or alone:
                # "Landes- und Kommunalbehörden", "[Bundes-] und Landesbehörden": kinds of
                # bodies in the plural, or an elided first part alone before a common
                # noun, name nothing
                out = [e for e in out if not (i <= e[0] and e[1] <= i + 3)]
                continue
            if (left is not None and left[1] != i + 1) or (right is not None and right[0] != i + 2):
                continue  # inside a longer name, or a name of its own reaching over the link
            if not (org_head or "ORG" in {e[2] for e in (left, right) if e is not None}):
                continue
            start = left[0] if left is not None else i
            end = right[1] if right is not None else i + 3
            if left is None and start > 0 and self._opening_adjective(doc[start - 1]):
                start -= 1  # "Das Deutsche Patent- und Markenamt"
            if (
                left is None
                and right is None
                and (
                    start == 0
                    or doc[start - 1].lower_ not in _ELIDED_OPENERS
                    or not low.endswith(ELIDED_ALONE_ENDINGS)
                )
            ):
                continue  # "Polizei- und Ordnungsbehörden", "der Kranken- und Pflegekasse"
            if right is None or right[0] == end - 1 == i + 2:
                place = next((e for e in out if e[0] == end and e[2] == "LOC"), None)
                if place is not None and low.endswith(ELIDED_PLACE_ENDINGS):
                    end = place[1]
            out = replace_within(out, (start, end, "ORG"))
        return out

    def _opening_adjective(self, token: Any) -> bool:
        """A capitalised adjective inside a sentence that opens a name ("Deutsche")."""
        return (
            not token.is_sent_start
            and is_capitalised_word(token.text)
            and "-" not in token.text
            and self._is_adjective_form(token)
        )

    # -- media titles -----------------------------------------------------------------

    def _quoted_title(self, doc: Doc, i: int) -> Ent | None:
        """'im Fachblatt „Science“' -> ORG 'Science' (the noun before a quoted name)."""
        token = doc[i]
        low = token.lower_
        if not token.text[:1].isupper() or not low.endswith(MEDIA_KIND_ENDINGS):
            return None
        if "-" in token.text or not self._is_common_noun(token):
            return None  # "ZEIT-Magazin" is itself a name
        if i + 3 >= len(doc) or doc[i + 1].text not in OPENING_QUOTES:
            return None
        j = i + 2
        while j < len(doc) and j - i <= 6 and doc[j].text not in _CLOSING_QUOTES:
            text = doc[j].text
            if not (text[:1].isupper() or text[:1].isdigit() or text in {"&", "-", "of", "the"}):
                return None  # a quoted phrase, not a title: "Zeitung „völlig überrascht“"
            j += 1
        if j == i + 2 or j >= len(doc) or doc[j].text not in _CLOSING_QUOTES:
            return None
        return (i + 2, j, "ORG")

    # -- bodies named by a place ------------------------------------------------------

    def _local_body(self, doc: Doc, i: int, ents: list[Ent]) -> tuple[int, int] | None:
        """'Polizei Oldenburg', 'Feuerwehr Hameln', 'Landtag von Sachsen-Anhalt',
        'Kriminalpolizeiinspektion Gera', 'Staatsanwaltschaft Frankfurt am Main' (a place
        the model found after the head counts whole), 'Freiwillige Feuerwehr Ergolding'."""
        text = doc[i].text
        k = i + 1
        if text in STATE_PARLIAMENTS and k + 1 < len(doc) and doc[k].text == "von":
            k += 1  # "Landtag von Nordrhein-Westfalen"
        elif not self._local_body_head(doc[i]):
            return None
        if k >= len(doc):
            return None
        place_end = next((e for s, e, lab in ents if s == k and lab == "LOC"), None)
        if place_end is None:
            place_end = self._place_span_end(doc, k, ents)  # "Kantonspolizei St. Gallen"
        if place_end is None:
            if not (self._named_place(doc[k]) or self._place_in_text(doc[k], ents)):
                return None
            place_end = k + 1
        nxt = doc[place_end] if place_end < len(doc) else None
        if nxt is not None and is_capitalised_word(nxt.text) and not self._is_plain_noun(nxt):
            return None  # "Polizei Oldenburg Hans Meier": a run of names, unclear
        start = i
        if i > 0 and doc[i - 1].text in LOCAL_BODY_ADJECTIVES:
            start = i - 1  # "Freiwillige Feuerwehr Ergolding"
        return start, place_end

    @staticmethod
    def _local_body_head(token: Any) -> bool:
        """'Polizei', 'Schauspiels' (genitive), 'Kantonspolizei', 'Bergrettung'."""
        text = token.text
        if text in LOCAL_BODY_HEADS or (text.endswith("s") and text[:-1] in LOCAL_BODY_HEADS):
            return True
        low = token.lower_
        return low.endswith(LOCAL_BODY_ENDINGS) and "-" not in text and is_capitalised_word(text)

    @staticmethod
    def _place_in_text(token: Any, ents: list[Ent]) -> bool:
        """A capitalised word the text names a place elsewhere, whole ("Ergolding - ..."
        in the dateline, then "die Feuerwehr Ergolding")."""
        if not is_capitalised_word(token.text):
            return False
        doc = token.doc
        return any(
            lab == "LOC" and e - s == 1 and s != token.i and doc[s].text == token.text
            for s, e, lab in ents
        )

    def _named_place(self, token: Any) -> bool:
        """A listed place that is no common noun or first name ("Oldenburg"; not "Essen"
        alone: "die Feuerwehr Essen" is rare next to "die Feuerwehr Essen ausgeben")."""
        if not is_capitalised_word(token.text) or not self._is_known_place(token):
            return False
        if "-" in token.text and self._is_place_word(token.text.partition("-")[0]):
            return True  # "Basel-Stadt": the lexicon guesses a compound of "Stadt"
        return not (self._is_common_noun(token) or lex_flags(token) & LEX_FIRST)

    # -- firms of two names -----------------------------------------------------------

    def _firm_of_names(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """'Kessler & Vogt', 'Ostermann & Kaltwasser', 'Brandtner & Söhne': a name, "&" and
        a capitalised word (not "Forschung & Entwicklung": two common nouns)."""
        if doc[i].text != "&" or i == 0 or i + 1 >= len(doc):
            return None
        before, after = doc[i - 1], doc[i + 1]
        if not (is_capitalised_word(before.text) and is_capitalised_word(after.text)):
            return None
        if self._is_plain_noun(before) or self._is_known_place(before):
            return None  # "Forschung & Entwicklung", "Berlin & Brandenburg"
        if lex_flags(before) & LEX_FIRST and lex_flags(after) & LEX_FIRST:
            return None  # "Hanni & Nanni": two first names, two people or a title
        return i - 1, i + 2

    # -- persons and churches ----------------------------------------------------

    def _honorific_cut(self, doc: Doc, ent: Ent) -> Ent:
        """'Miss Parker' -> 'Parker'; 'Miss Universe', 'Miss Germany' (a beauty contest
        and its title: "Miss" before a contest word or a place) are no person: the title
        alone becomes an organisation, the title before a name is cut off ('Miss World
        Ana Ruiz' -> 'Ana Ruiz')."""
        start, end, label = ent
        if not (
            label == "PER"
            and end - start >= 2
            and doc[start].text in HONORIFICS
            and is_capitalised_word(doc[start + 1].text)
        ):
            return ent
        after = doc[start + 1]
        if after.text in CONTEST_WORDS or self._is_known_place(after):
            return (start, end, "ORG") if end - start == 2 else (start + 2, end, label)
        return (start + 1, end, label)

    @staticmethod
    def _saints_church(doc: Doc, ent: Ent) -> Ent:
        """'Kirche St. Peter' (a person or an organisation to the model) -> LOC."""
        start, end, label = ent
        if label == "LOC" or start < 1 or end - start < 2 or doc[start].text not in SAINTS:
            return ent
        before = doc[start - 1].lower_
        if before.endswith(CHURCH_ENDINGS) and not before.endswith(BAND_KAPELLE_ENDINGS):
            return (start, end, "LOC")
        return ent

    def _dictionary_noun(self, token: Any) -> bool:
        """An inflected form of a common noun ("Großstädten" -> "Großstadt", "Archiven")
        that no list knows as a place or a name."""
        text = token.text
        if token.pos_ != "NOUN" or not is_capitalised_word(text) or "-" in text:
            return False
        if not text.endswith("n"):
            return False  # plural and dative forms only: "des Kapitols" is a building
        doc, i = token.doc, token.i
        for k, link in ((i - 2, i - 1), (i + 2, i + 1)):
            if 0 <= k < len(doc) and doc[link].text in LIST_LINKS and doc[k].ent_type_ == "LOC":
                return False  # "zwischen Malchow und Waren": a town in a list of places
        if lex_flags(token) & (NAME_KNOWN | LEX_GAZ_LOC) or self._is_known_place(token):
            return False
        lemma = known_lemma(text)
        lex = self._lex()
        if lemma is None or lemma == text or lex is None or not lemma[:1].isupper():
            return False
        code = lex.codes.get(lemma.lower(), 0)
        return bool(code & LEX_COMMON) and not code & (NAME_KNOWN | LEX_GAZ_LOC | LEX_GAZ_ORG)

    # -- no names -----------------------------------------------------------------------

    def _event_or_adjective(self, doc: Doc, ent: Ent) -> bool:
        """'Australian Open', 'Berliner Halbmarathon', 'Parlamentswahl', 'kanadischen'."""
        start, end, label = ent
        if label == "PER":
            return False
        tokens = doc[start:end]
        last = tokens[-1]
        if end - start == 1 and last.text.islower() and last.text.endswith(_ADJECTIVE_ENDINGS):
            return True  # "den kanadischen Stürmer"
        if self.names.get([t.text for t in tokens]) is not None:
            return False  # a listed name
        if end - start == 1 and label == "LOC" and self._dictionary_noun(last):
            return True  # "in Großstädten", "nach den Waldbränden": a common noun
        if end - start >= 2 and last.text == "Open" and tokens[0].text != "Open":
            return True  # "Australian Open", "German Open" (not "Open Society ...")
        if end - start >= 2 and re.fullmatch(r"(19|20)\d\d", last.text):
            end -= 1  # "Unterhauswahl 2010": the event and its year
            tokens = doc[start:end]
            last = tokens[-1]
        low = last.lower_
        ending = next((e for e in EVENT_ENDINGS if low.endswith(e)), None)
        if ending is None or not last.text[:1].isupper():
            return False
        if low.endswith(NO_EVENT_ENDINGS) and not low.endswith("hauswahl"):
            return False  # "U21-Auswahl": a team, no election (but "Unterhauswahl")
        if (
            low in ADJECTIVE_EVENT_ENDINGS
            and end - start >= 2
            and all(self._is_adjective_form(t) for t in tokens[:-1])
        ):
            return True  # "Französische Revolution", "Dreißigjährigen Krieg"
        # alone "Marathon" is a Greek town and "Wahl" a surname; "Meisterschaft" is no name
        return len(low) > len(ending) or ending.startswith("meister")
