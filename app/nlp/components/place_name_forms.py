"""Place and body names by German news conventions (ents35), for ``leselupe_org_place_rules``.

- ``ensembles_and_buildings`` (``demonyms``): a place adjective and an orchestra's plural
  ("die Hamburger Symphoniker", "der Wiener Philharmoniker") is an organisation; a place
  adjective and a landmark building of the town ("Schweriner Dom", "am Frankfurter
  Flughafen", "Münchner Hauptbahnhof") is a place. The place-adjective rule
  (``_demonyms``) drops a place adjective with a role or generic noun after it; an
  orchestra's plural reads as a role ("ein Symphoniker"), so it runs after that rule.
  Not after an indefinite article ("ein Wiener Philharmoniker": one musician, and an
  entity of just these two words is dropped), not where another entity covers more than
  the two words. The entities are indexed by token once.
- ``adjective_cut`` (``shapes``): a place that opens with a lowercase adjective ("im
  [indischen Kerala]", "dem [schwedischen Trelleborg]") starts after the adjective, when
  name words follow it (no dictionary word: "des [assyrischen Reiches]" is left).
- ``place_genitives`` (``add_places``): the genitive of a listed place after "des" ("des
  Bodensees", "des Rheins") that no entity covers and that is no plain noun is a place.

No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from app.lexicon.lemmas import is_known
from app.lexicon.words import INDEFINITE
from app.nlp.components.org_place_base import Ent, is_capitalised_word
from app.nlp.components.org_place_words import ISCH_ADJECTIVE_ENDINGS

# Plural (and dative plural) of an orchestra's players: "die Bamberger Symphoniker".
ENSEMBLE_PLURALS = frozenset(
    {
        "Symphoniker",
        "Symphonikern",
        "Sinfoniker",
        "Sinfonikern",
        "Philharmoniker",
        "Philharmonikern",
    }
)
# One landmark of a town named by the town's adjective: "Kölner Dom", "Frankfurter
# Flughafen" (not "Rathaus": GermEval and the news gold disagree on it).
TOWN_BUILDINGS = frozenset(
    {
        "Dom",
        "Doms",
        "Domes",
        "Münster",
        "Münsters",
        "Flughafen",
        "Flughafens",
        "Hauptbahnhof",
        "Hauptbahnhofs",
        "Hauptbahnhofes",
    }
)


def ensembles_and_buildings(
    doc: Doc, ents: list[Ent], is_demonym: Callable[[str], bool]
) -> list[Ent]:
    """Place adjective + orchestra plural -> ORG; + a town's landmark -> LOC. After an
    indefinite article the two words are one musician: an entity of just them is dropped.

    The entities are indexed by token once (no scan of all entities per match)."""
    by_token: dict[int, Ent] = {}
    for e in ents:
        for k in range(e[0], e[1]):
            by_token[k] = e
    dropped: set[Ent] = set()
    added: list[Ent] = []
    for i in range(len(doc) - 1):
        nxt = doc[i + 1].text
        if nxt in ENSEMBLE_PLURALS:
            label = "ORG"
        elif nxt in TOWN_BUILDINGS:
            label = "LOC"
        else:
            continue
        if not is_demonym(doc[i].text):
            continue
        if i + 2 < len(doc) and is_capitalised_word(doc[i + 2].text):
            continue  # "Kölner Dom Hotel", "Hamburger Symphoniker Chor": a longer name
        overlapping = {by_token[k] for k in (i, i + 1) if k in by_token}
        if any(e[0] < i or e[1] > i + 2 for e in overlapping):
            continue  # inside a longer name
        if i > 0 and doc[i - 1].lower_ in INDEFINITE:
            if label == "ORG":  # "ein Wiener Philharmoniker": one musician, no orchestra
                dropped |= {e for e in overlapping if e[:2] == (i, i + 2)}
            continue
        dropped |= overlapping
        new = (i, i + 2, label)
        added.append(new)
        by_token[i] = by_token[i + 1] = new
    if not dropped and not added:
        return list(ents)
    return [e for e in ents if e not in dropped] + added


def adjective_cut(
    doc: Doc,
    ent: Ent,
    is_known_place: Callable[[Any], bool],
    is_country: Callable[[str], bool] = lambda _text: False,
) -> Ent:
    """'[indischen Kerala]' -> 'Kerala': a place opening with a lowercase adjective of a
    country or people ("-ischen", "-ische", ...) and then words the dictionary does not
    know or listed places the tagger takes for proper nouns (not "des [assyrischen
    Reiches]", "am [tyrrhenischen Meer]", "der [jüdische Friedhof]"). Not before a
    country's name alone: an adjective and a country name a region ("in der [sächsischen
    Schweiz]" is no Switzerland)."""
    start, end, label = ent
    if label != "LOC" or end - start < 2:
        return ent
    if end - start == 2 and is_country(doc[start + 1].text):
        return ent
    first = doc[start].text
    if not first.isalpha() or not first.islower() or not first.endswith(ISCH_ADJECTIVE_ENDINGS):
        return ent
    rest = doc[start + 1 : end]
    if not all(
        is_capitalised_word(t.text)
        and (not is_known(t.lower_) or (t.pos_ == "PROPN" and is_known_place(t)))
        for t in rest
    ):
        return ent  # particles ("am Main") or words of the dictionary
    return (start + 1, end, label)


def place_genitives(
    doc: Doc,
    ents: list[Ent],
    is_listed_place: Callable[[str], bool],
    is_plain_noun: Callable[[Any], bool],
) -> list[Ent]:
    """'des Bodensees', 'des Rheins': "des", then a capitalised word in "-s"/"-es" whose
    stem is a listed place, that no entity covers, before no capitalised word."""
    taken = {i for s, e, _l in ents for i in range(s, e)}
    out = list(ents)
    for i in range(1, len(doc)):
        token = doc[i]
        text = token.text
        if i in taken or doc[i - 1].lower_ != "des" or not text.endswith("s"):
            continue
        if not is_capitalised_word(text) or "-" in text or len(text) < 5:
            continue
        if i + 1 < len(doc) and is_capitalised_word(doc[i + 1].text):
            continue  # "des Rheins Energie ...": a longer name
        stems = [text[:-1]] + ([text[:-2]] if text.endswith("es") else [])
        if not any(is_listed_place(s) for s in stems) or is_plain_noun(token):
            continue
        out.append((i, i + 1, "LOC"))
    return out
