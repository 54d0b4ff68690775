"""Session 34 (ents34) steps of ``leselupe_org_place_rules``: spans the model runs over a
line break, nicknames and titles in quotation marks, and names inside a prize.

- **line breaks**: a byline and the dateline under it ("Von Hauke Ditzfeld" / "Dagebüll -
  Die Fähre ...") are two lines; a span the model runs over the line break, or over the
  spaced dash that ends a dateline, is cut there into its parts, each kept with the
  model's label for the later rules (dateline, person) to decide (a spaced dash only
  after a line break inside the span: "Euronews - Africanews" stays); a part opening a line
  and ending at the dash is the dateline's place, the words after the dash (the story's
  first words, "Seit 40", "Hannelore Freiberg") are dropped as the dateline rule drops
  them, and so is a part that is one function word; two or three capitalised words from
  a first name on, ending at the line break, are the byline's author (a person).
- **nicknames**: an organisation or place that fills a quotation after "genannt",
  "alias" or a nickname noun ("Quintero, genannt „El Flaco“"), or between a first name and
  a surname ("Horacio „El Mago“ Baldassarre"), is a person's nickname, no organisation.
- **titles**: an organisation or place inside a quoted title right after a noun of a work
  ("ihrem Roman „Die Brücke bei Isjum“") is part of the title (GermEval tags the title OTH,
  the news gold leaves works out); a title the span fills is handled by the shapes.
- **associations with their region**: "Kassenärztliche Vereinigung" + "Niedersachsen"
  are one organisation, as a news reader and the gold see it.
- **prizes**: an organisation in the genitive after a prize ("Friedenspreis des Deutschen
  Buchhandels") is part of the prize's name (OTH in GermEval, left out in the news gold);
  "Großer Preis von X", an event, keeps only the place X.

No Qt here.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from app.lexicon.words import is_given_name
from app.nlp.components.lexclass import LEX_OTHER, lex_flags
from app.nlp.components.org_place_base import Ent, is_capitalised_word
from app.nlp.components.org_place_news import _SCORE
from app.nlp.components.org_place_words import (
    BODY_PLACE_ENDINGS,
    COMPOUND_HEADS,
    ENGLISH_HEADS,
    LEGAL_FORMS,
    PLACE_HEADS,
    REGION_PARTS,
)

# Words before a quoted nickname ("genannt „El Flaco“", "alias „Der Pate“", "mit dem
# Spitznamen „Kaiser“"). Not "nennt" / "nannte": "die sich „Letzte Generation“ nennt"
# names a group.
NICKNAME_CUES = frozenset(
    {
        "genannt",
        "alias",
        "Spitzname",
        "Spitznamen",
        "Beiname",
        "Beinamen",
        "Kampfname",
        "Kampfnamen",
        "Kosename",
        "Kosenamen",
        "Künstlername",
        "Künstlernamen",
    }
)
# Last parts of head words of institutions and firms, lowercased ("Stadtwerke",
# "Volksbank", "Landesverband"): a quoted name with one is a body's (rev_ents34).
INSTITUTION_ENDINGS = (
    *(h.lower() for h in COMPOUND_HEADS),
    *BODY_PLACE_ENDINGS,
    "verband",
    "verein",
    "partei",
    "konzern",
    "kasse",
)
# Words of a firm's name: legal forms, English heads and a few English last words that
# ENGLISH_HEADS leaves out ("Nordheide Energie GmbH", "Nordlicht Energy").
FIRM_NAME_WORDS = (
    LEGAL_FORMS
    | ENGLISH_HEADS
    | frozenset({"Energy", "Labs", "Media", "Games", "Software", "Consulting"})
)
# Typographic opening and closing marks: the straight mark '"' opens and closes alike,
# so a title is only looked for between marks that say which side they are on.
TITLE_OPENING_MARKS = frozenset({"„", "»", "‚"})
TITLE_CLOSING_MARKS = frozenset({"“", "«", "‘"})
QUOTE_MARKS = frozenset({'"', "„", "“", "”", "‚", "‘", "»", "«", "''", "``"})
# Dashes that end a dateline when they stand between spaces ("Dagebüll - Die Fähre").
SPACED_DASHES = frozenset({"-", "–", "—"})
# Prizes whose giver follows in the genitive ("Friedenspreis des Deutschen Buchhandels",
# "Förderpreis der Deutschen Physikalischen Gesellschaft"); only compounds that name an
# award: "Preis" alone and price compounds ("Kaufpreis der Deutschen Bank") are no prize.
PRIZE_ENDINGS = tuple(
    f"{stem}preis{ending}"
    for stem in (
        "friedens",
        "nobel",
        "literatur",
        "förder",
        "kultur",
        "ehren",
        "film",
        "musik",
        "medien",
        "umwelt",
        "innovations",
        "sonder",
        "publikums",
        "jury",
        "kunst",
        "wissenschafts",
        "forschungs",
        "journalisten",
        "theater",
        "nachwuchs",
        "architektur",
        "karls",
    )
    for ending in ("", "s", "es")
)
GRAND_PRIX_FIRST = frozenset({"Große", "Großer", "Großen", "Großes", "Grand"})  # "Der Große Preis"
GRAND_PRIX_HEADS = frozenset({"Preis", "Preises", "Prix"})
# Last words of associations named by their state or region right after them
# ("Kassenärztliche Vereinigung Niedersachsen", "Sozialverband Bayern").
REGION_BODY_ENDINGS = ("vereinigung", "verband", "verbands", "verbandes")


def _dateline_dash(doc: Doc, k: int) -> bool:
    token = doc[k]
    return (
        token.text in SPACED_DASHES
        and k > 0
        and bool(doc[k - 1].whitespace_)
        and bool(token.whitespace_)
        and not any(_SCORE.match(t.text) for t in doc[k + 1 : k + 6])  # "Bayern - Dortmund 2:1"
    )


def split_at_line_breaks(doc: Doc, ents: list[Ent]) -> list[Ent]:
    """Cut spans at a line break or a spaced dash (see the module docstring)."""
    out: list[Ent] = []
    for start, end, label in ents:
        cuts: list[int] = []
        for k in range(start, end):
            token = doc[k]
            if token.is_space and "\n" in token.text:
                cuts.append(k)
            elif cuts and doc[cuts[-1]].is_space and _dateline_dash(doc, k):
                cuts.append(k)  # a dash after the words of a new line ends a dateline
        if not cuts:
            out.append((start, end, label))
            continue
        bounds = [start, *(c for k in cuts for c in (k, k + 1)), end]
        for s, e in zip(bounds[::2], bounds[1::2], strict=True):
            if e <= s:
                continue
            if s > start and doc[s - 1].text in SPACED_DASHES:
                break  # the story's first words after a dateline ("Seit 40", "Hannelore ...")
            if e - s == 1 and lex_flags(doc[s]) == LEX_OTHER:
                continue
            if _dateline_part(doc, s, e):
                label_here = "LOC"
            elif e < end and _byline_name(doc, s, e):
                label_here = "PER"
            else:
                label_here = label
            out.append((s, e, label_here))
    return out


def _byline_name(doc: Doc, start: int, end: int) -> bool:
    """A part ending at the line break before a dateline, two or three capitalised words
    from a first name on ("Interview: Gesche Wallbrecht" / "Braunschweig - ..."): the
    byline's author."""
    if not 2 <= end - start <= 3 or not is_given_name(doc[start].text):
        return False
    if not all(is_capitalised_word(t.text) and not t.text.isupper() for t in doc[start:end]):
        return False
    return end < len(doc) and doc[end].is_space and "\n" in doc[end].text


def _line_start(doc: Doc, k: int) -> bool:
    return k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_


def _dateline_part(doc: Doc, start: int, end: int) -> bool:
    """A part opening a line and ending at a spaced dash, with a sentence after the dash
    and no result ("Bayern - Dortmund 2:1"): the place of a dateline."""
    if not _line_start(doc, start) or end >= len(doc) - 1:
        return False
    if doc[end].text not in SPACED_DASHES or not doc[end + 1].text[:1].isupper():
        return False
    if not all(is_capitalised_word(t.text) for t in doc[start:end]):
        return False
    return not any(_SCORE.match(t.text) for t in doc[end + 1 : end + 6])


def _quoted_bounds(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The span fills a quotation: the index of the opening mark and the one after the
    closing mark; the model's span may hold the closing mark."""
    if end - start > 1 and doc[end - 1].text in QUOTE_MARKS:
        end -= 1
    if start < 1 or end >= len(doc):
        return None
    if doc[start - 1].text not in QUOTE_MARKS or doc[end].text not in QUOTE_MARKS:
        return None
    return start - 1, end + 1


def is_nickname(doc: Doc, ent: Ent) -> bool:
    """An organisation or place that is a person's quoted nickname (module docstring)."""
    start, end, label = ent
    if label == "PER":
        return False
    bounds = _quoted_bounds(doc, start, end)
    if bounds is None:
        return False
    opening, after = bounds
    if opening == 0:
        return False
    if _institution_words(doc, start, end):
        return False  # "früher genannt „Stadtwerke Ostholstein“": a firm's other name
    before = doc[opening - 1]
    if before.text in NICKNAME_CUES:
        return True
    return (
        is_given_name(before.text)
        and after < len(doc)
        and is_capitalised_word(doc[after].text)
        and doc[after].text not in QUOTE_MARKS
    )


def _institution_words(doc: Doc, start: int, end: int) -> bool:
    """A legal form or an institution's head word in the span ("Stadtwerke", "GmbH",
    "Energy", "Stiftung"): the name of a body, not a person's nickname."""
    for token in doc[start:end]:
        if token.text in FIRM_NAME_WORDS:
            return True
        if token.lower_.endswith(INSTITUTION_ENDINGS) and token.text[:1].isupper():
            return True
    return False


def in_quoted_title(doc: Doc, ent: Ent, is_work_noun: Any) -> bool:
    """An organisation or place inside a title in typographic quotation marks right after
    a noun of a work ("Roman „Die Brücke bei Isjum“")."""
    start, end, label = ent
    if label == "PER":
        return False
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    opening = None
    for k in range(start - 1, sent_start - 1, -1):
        text = doc[k].text
        if text in TITLE_CLOSING_MARKS:
            return False
        if text in TITLE_OPENING_MARKS:
            opening = k
            break
    if opening is None or opening == 0:
        return False
    if opening == start - 1 and (
        doc[end - 1].text in TITLE_CLOSING_MARKS
        or (end < len(doc) and doc[end].text in TITLE_CLOSING_MARKS)
    ):
        return False  # a span filling the quotation is the shapes' case; one opening it
        # and ending inside ("Film „[Berlin] Alexanderplatz“") is a part of the title
    if not is_work_noun(doc[opening - 1].text):
        return False
    sent_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
    return any(doc[k].text in TITLE_CLOSING_MARKS for k in range(end, sent_end))


def _prize_word(text: str) -> bool:
    return is_capitalised_word(text) and text.lower().endswith(PRIZE_ENDINGS)


def prize_names(doc: Doc, ents: list[Ent], is_known_place: Any) -> list[Ent]:
    """Names inside a prize or a Grand Prix (see the module docstring)."""
    out: list[Ent] = []
    for start, end, label in ents:
        if label != "ORG":
            out.append((start, end, label))
            continue
        if (
            start >= 2
            and doc[start - 1].lower_ in ("des", "der")
            and _prize_word(doc[start - 2].text)
        ):
            continue  # "Friedenspreis des Deutschen Buchhandels"
        if (
            end - start >= 4
            and doc[start].text in GRAND_PRIX_FIRST
            and doc[start + 1].text in GRAND_PRIX_HEADS
            and doc[start + 2].lower_ in ("von", "of", "de")
            and all(is_known_place(t) for t in doc[start + 3 : end])
        ):
            out.append((start + 3, end, "LOC"))  # "Großen Preis von Aachen" -> "Aachen"
            continue
        # "Großen Preis von Red Bull", no listed place after "von": left as the model had
        # it (dropped, the sponsor's words were shown as a person by the people layer)
        out.append((start, end, label))
    return out


def body_with_region(doc: Doc, ents: list[Ent], is_known_place: Any) -> list[Ent]:
    """An association and the state or region right after it are one organisation
    ("Kassenärztliche Vereinigung" + "Niedersachsen"; not before more name words), and a
    body named by its place keeps the region's part after it ("Volksbank Emsland Süd")."""
    out = list(ents)
    for start, end, label in ents:
        if (
            label == "ORG"
            and end - start >= 2
            and end < len(doc)
            and doc[end].text in REGION_PARTS
            and (
                doc[start].text in PLACE_HEADS
                or doc[start].lower_.replace("-", "").endswith(BODY_PLACE_ENDINGS)
            )
        ):
            out = [e for e in out if e != (start, end, label)]  # "Volksbank Emsland" + "Süd"
            out.append((start, end + 1, label))
            continue
        if label != "ORG" or not doc[end - 1].lower_.endswith(REGION_BODY_ENDINGS):
            continue
        place = next((e for e in out if e[0] == end and e[2] == "LOC"), None)
        if place is None or place[1] - place[0] != 1 or not is_known_place(doc[end]):
            continue
        if place[1] < len(doc) and is_capitalised_word(doc[place[1]].text):
            continue
        out = [e for e in out if e not in ((start, end, label), place)]
        out.append((start, place[1], "ORG"))
    return out
