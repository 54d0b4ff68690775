"""``leselupe_org_place_rules``: organisations and places after the statistical NER.

Runs after ``leselupe_entity_rules`` and uses German news conventions and the name
lists of :mod:`app.nlp.gazetteer`:

- **gazetteer**: known organisations and places, also inflected ("des Bundestages",
  "der Europäischen Union", "Russlands"), get their label; a known name the model cut
  ("Europäischen" + "Union") or missed is completed or added. Names that are also
  ordinary words ("Grünen", "Linke", "Union") count only after an article or preposition.
  A single word that the word-class lexicon knows as a common noun or first name ("Bild",
  "Essen", "Florenz") is only relabelled where the model already found an entity; a town
  only the GeoNames list knows counts right after "in", "nach", "aus" ("aus Regensburg");
- **heads**: a name with a legal form ("… AG", "… GmbH", "… Inc."), a compound with an
  institution head ("Friedrich-Naumann-Stiftung", "Robert-Koch-Institut"), an authority or
  institute with "für"/"der" ("Bundesamt für Migration und Flüchtlinge", "Institut für
  Weltwirtschaft"), a school, court or university with a place ("Realschule Spaichingen",
  "Amtsgericht München"), an English media or institution head ("NBC News", "Matthew
  Humberstone School"), a sports club prefix ("VfL Osnabrück"), a place adjective before
  a newspaper head ("Stuttgarter Zeitung") is an organisation; so are a hospital compound
  with a place ("Landeskrankenhaus Feldkirch"), a country's one court or assembly alone
  ("das Bundesgericht", "Nationalversammlung") and a confession's body with its place
  ("Evangelischen Kirche im Rheinland"); a name and its abbreviation after it are two
  mentions ("Europäischen Südsternwarte" + "ESO");
- **demonyms**: a place adjective with common nouns after it ("Düsseldorfer
  Oberbürgermeisterin", "des Düsseldorfer Konzerns") is no name: it is dropped, or cut off
  a name that follows it ("Wuppertaler Lokal-Matadoren Sundealers" -> "Sundealers"),
  never leaving a span that opens with "für" ("Bayreuther Zentrum für ..." stays whole);
- **shapes**: a year of four digits after a name is cut off ("Russland 2014",
  "Olympischen Spielen 2004"; not "Staatsstraße 2082", "Hannover 96"), a span ending in
  a function word ("Repräsentantenhaus von"), an
  organisation or place opening with an English function word ("of Business
  Administration"), a letter-digit code ("U12", "S600"), a lone role noun after an
  article ("der Bürgermeister", "Der Earl") and a quoted title after a noun of a work
  ("die Talkshow „The Talking Dead“") are no names; after the person rules, a lone role
  noun taken for a place or organisation ("zum neuen Bischof", "Vizegouverneurin") is
  dropped, a church with a saint, a road of several words, an English road or a
  Romance square or building is a place ("Dom St. Salvator", "Ben Jehudastraße", "H
  Street", "Fifth Avenue", "Plaza de Mayo", "Palazzo Chigi"; not "Plaza Club"), a role
  and title before a first name inside an organisation are cut off the person
  ("Technikchefin Dr. Lakshmi ..."), and a Korean name is a person ("Gil Seo-hyun");
- **place compounds**: a compound the lexicon does not know with a street, square,
  bridge, hut, fountain or monument head ("Stösserstraße", "Salmhütte",
  "Konrad-Adenauer-Platz") is a place;
- **organisations by form** (``org_kinds``): an organisation ending in a building,
  landscape head is a place ("Westminster Hall"), and so is one with a state or sea head
  after adjectives or known places ("Osmanische Reich", "Atlantischen Ozean"; not
  "Katholische Kirche", "Stiftung Lebendiges Meer", "Jens Reich"), a role or honorific
  before unknown name words a person ("Oberst Ollendorf" -> "Ollendorf", "General John
  Burgoyne", "Ms Pugh"; not "Mister Spex");
- **surnames taken for places** (``surname_not_place``): one unknown word the model took
  for a place, with no place-name shape and no place context around it, is a surname
  ("vergab aber Börner per Kopf"); one word taken for a person right after "in"/"im" is
  a place ("im sicheren Argentan"), and so are name words taken for an organisation right
  after a bare "in"/"nach" ("in British Columbia"; not clubs and firms with a word of a
  listed organisation or a common noun: "nach Olympique Lyon", "in Energie Cottbus");
- **news conventions** (``news``): the place of a dateline ("Lindau - ...", "Jena (dpa)
  - ..."), a town with the lake or river it lies at ("Wasserburg am Bodensee"), a name
  after a place-kind noun or a district kind's genitive ("Provinz Quảng Ninh" -> "Quảng
  Ninh", "des Bezirks Pankow" -> "Pankow"), no kind noun or institution head alone ("des
  Kreises", "des Bistums"), no court chambers or
  leagues named by an ordinal or lowercase adjective ("2. Großen Strafkammer",
  "italienischen Liga"); with :mod:`.org_place_bodies`: a quoted title after a paper's
  noun ("Fachblatt „Science“"), bodies named by a place ("Polizei Oldenburg"), firms of
  two names ("Kessler & Vogt") and no events ("Australian Open", "Parlamentswahl",
  "Französische Revolution", "Unterhauswahl 2010");
- **persons** (:mod:`.person_spans`): noble names before an age, persons cut before an
  institution, first names joined, initials ("JD Vance", "Harlan T. Whitfield-Ames"),
  hyphenated double surnames taken for an organisation ("Malin Sjöberg-Ek"), rulers with
  their ordinal ("Ludwig XIV."), first name + particle taken for an ORG ("Giacomo della
  Porta"), a heading's repeated surname cut off, a lone listed first name inside a
  sentence, a name in the genitive ending the person ("Erdogans Kurs" -> "Erdogans"), a
  listed first name and a surname after a role ("Turnierdirektorin Jutta Heimbüchel-Rost"),
  a surname after a verb of saying or "Herr"/"Frau" ("..., erklärt Tarlo.");
- **acronyms**: an all-caps word of 2-6 letters that no entity covers is an organisation
  ("KCNA", "BND"), unless it is a known place, a common-noun abbreviation ("DVD"), a
  Roman numeral, a unit after a number, in an all-caps line, or a photo credit code ("STR").

- **place name forms** (:mod:`.place_name_forms`, ents35): a place adjective and an
  orchestra's plural is an organisation ("die Bamberger Symphoniker"), with a town's
  landmark a place ("Schweriner Dom", "Frankfurter Flughafen"); a lowercase adjective
  opening a place is cut off ("indischen Kerala" -> "Kerala"); the genitive of a listed
  place after "des" is the place ("des Bodensees").

Each rule can be switched off in the component's config (for measuring). The rule groups
live in :mod:`.org_place_gazetteer`, :mod:`.org_heads`, :mod:`.org_place_shapes` (shapes,
organisations by form, demonyms, acronyms), :mod:`.place_compounds` and
:mod:`.surname_place_rules` and :mod:`.org_place_news`; the switches and shared word
tests in :mod:`.org_place_base`.
This module registers the component and runs the groups in order. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from app.nlp.components import person_spans
from app.nlp.components.org_heads import HeadRules
from app.nlp.components.org_place_base import Ent
from app.nlp.components.org_place_bodies import BodyRules
from app.nlp.components.org_place_gazetteer import GazetteerRules
from app.nlp.components.org_place_news import NewsRules
from app.nlp.components.org_place_quotes import (
    body_with_region,
    in_quoted_title,
    is_nickname,
    prize_names,
    split_at_line_breaks,
)
from app.nlp.components.org_place_shapes import ShapeRules, is_work_noun
from app.nlp.components.place_compounds import PlaceCompoundRules
from app.nlp.components.place_name_forms import (
    adjective_cut,
    ensembles_and_buildings,
    place_genitives,
)
from app.nlp.components.surname_place_rules import SurnamePlaceRules


@Language.factory(
    "leselupe_org_place_rules",
    default_config={
        "gazetteer": True,
        "heads": True,
        "demonyms": True,
        "acronyms": True,
        "add_places": True,
        "relabel_places": True,
        "loc_to_per": False,
        "subject_per": True,
        "persons": True,
        "shapes": True,
        "place_compounds": True,
        "surname_not_place": True,
        "org_kinds": True,
        "news": True,
    },
)
def make_org_place_rules(
    nlp: Language,
    name: str,
    gazetteer: bool,
    heads: bool,
    demonyms: bool,
    acronyms: bool,
    add_places: bool,
    relabel_places: bool,
    loc_to_per: bool,
    subject_per: bool,
    persons: bool,
    shapes: bool,
    place_compounds: bool,
    surname_not_place: bool,
    org_kinds: bool,
    news: bool,
) -> OrgPlaceRules:
    return OrgPlaceRules(
        nlp=nlp,
        gazetteer=gazetteer,
        heads=heads,
        demonyms=demonyms,
        acronyms=acronyms,
        add_places=add_places,
        relabel_places=relabel_places,
        loc_to_per=loc_to_per,
        subject_per=subject_per,
        persons=persons,
        shapes=shapes,
        place_compounds=place_compounds,
        surname_not_place=surname_not_place,
        org_kinds=org_kinds,
        news=news,
    )


class OrgPlaceRules(
    GazetteerRules,
    HeadRules,
    ShapeRules,
    PlaceCompoundRules,
    SurnamePlaceRules,
    NewsRules,
    BodyRules,
):
    """See the module docstring."""

    labels = ("PER", "LOC", "ORG")

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Ent] = [(e.start, e.end, e.label_) for e in doc.ents]
        if self.news:
            ents = split_at_line_breaks(doc, ents)
        ents = [e for e in ents if not self._code_not_name(doc, e)]
        ents = [c for c in (self._code_stop_cut(doc, e) for e in ents) if c is not None]
        if self.shapes:
            ents = [self._year_cut(doc, e) for e in ents]
            ents = [e for e in ents if not self._shape_not_name(doc, e)]
            ents = [e for e in ents if not self._inflected_compound(doc, e)]
            ents = [c for c in (self._compound_cut(doc, e) for e in ents) if c is not None]
            ents = [adjective_cut(doc, e, self._is_known_place, self._is_country) for e in ents]
        if self.use_gazetteer:
            ents = self._gazetteer(doc, ents)
            if self.add_places:
                ents = place_genitives(doc, ents, self._is_listed_place, self._is_plain_noun)
        if self.heads:
            ents = self._heads(doc, ents)
        if self.place_compounds:
            ents = self._place_compounds(doc, ents)
            ents = self._roads(doc, ents)
            ents = self._street_names(doc, ents)
        if self.org_kinds:
            ents = [self._org_kind(doc, e) for e in ents]
            ents = [self._firm_after_kind(doc, self._kind_noun_cut(doc, e)) for e in ents]
            ents = self._org_after_kind(doc, ents)
        if self.demonyms:
            ents = self._demonyms(doc, ents)
            ents = ensembles_and_buildings(doc, ents, self._is_demonym)
        if self.acronyms:
            ents = self._acronyms(doc, ents)
        if self.loc_to_per:
            ents = [self._person_not_place(doc, e) for e in ents]
        if self.surname_not_place:
            places = {i for s, e, lab in ents if lab == "LOC" for i in range(s, e)}
            ents = [self._surname_not_place(doc, e, places) for e in ents]
            ents = [self._place_not_person(doc, e) for e in ents]
            ents = [self._place_not_org(doc, e) for e in ents]
        if self.subject_per:
            ents = self._subject_persons(doc, ents)
        if self.news:
            ents = self._news(doc, ents)
            ents = self._bodies(doc, ents)
            ents = prize_names(doc, ents, self._is_known_place)
            ents = body_with_region(doc, ents, self._is_known_place)
        if self.place_compounds:
            ents = self._place_adjectives(doc, ents)
        if self.persons:
            ents = person_spans.council_members(doc, ents)
            ents = person_spans.first_names(doc, person_spans.split_org_heads(doc, ents))
            ents = person_spans.aged_names(doc, ents)
            ents = person_spans.initials_name(doc, ents, self._is_unknown_token)
            ents = person_spans.double_surnames(doc, ents, self._is_place_word)
            ents = person_spans.initial_names(doc, ents)
            ents = person_spans.abbreviated_names(doc, ents)
            ents = person_spans.regnal_names(doc, ents)
            ents = person_spans.particle_names(doc, ents)
            ents = person_spans.connector_names(doc, ents)
            ents = person_spans.dutch_particle_names(doc, ents)
            ents = person_spans.romance_particle_names(doc, ents)
            ents = person_spans.repeated_surnames(doc, ents)
            ents = person_spans.genitive_cut(doc, ents, self._is_plain_noun)
            ents = person_spans.lone_first_names(doc, ents)
            ents = person_spans.coordinated_first_names(doc, ents)
            ents = person_spans.opening_particle_names(doc, ents)
            ents = person_spans.first_names_then_surnames(doc, ents)
            ents = person_spans.roles_before_a_name(doc, ents)
            ents = person_spans.full_names(
                doc,
                ents,
                self._is_plain_noun,
                self._is_unknown_word,
                lambda words: self.names.get(words) is not None,
            )
            ents = person_spans.said_surnames(
                doc, ents, self._is_plain_noun, self._is_unknown_word, self._is_known_place
            )
            ents = person_spans.sentence_adverbs(doc, ents)
            ents = person_spans.named_after_persons(doc, ents)
            ents = person_spans.life_genitives(
                doc, ents, self._is_major_place, self._is_unknown_token
            )
            ents = person_spans.third_names(doc, person_spans.leading_titles(doc, ents))
            ents = person_spans.firm_heads(doc, ents)
            ents = person_spans.place_genitives(doc, ents, self._is_known_place)
            ents = person_spans.family_first_names(doc, ents)
            ents = person_spans.titled_names(doc, ents)
        if self.org_kinds:
            ents = self._firm_mentions(doc, ents)  # after the person rules
        if self.shapes:
            ents = [self._place_by_form(doc, e) for e in ents]
            ents = [self._role_then_person(doc, e) for e in ents]
            ents = [self._korean_name(doc, e) for e in ents]
            ents = [e for e in ents if not self._role_not_name(doc, e)]
            # last, so no list adds them back: a nickname, a name inside a work's title
            ents = [e for e in ents if not is_nickname(doc, e)]
            ents = [e for e in ents if not in_quoted_title(doc, e, is_work_noun)]
        if self.news:
            ents = [self._honorific_cut(doc, e) for e in ents]
            # again after the person rules: "Nordfrieslands Landrätin" + a name they cut off
            ents = [self._place_then_noun_cut(doc, e) for e in ents]
        spans = [Span(doc, s, e, label=lab) for s, e, lab in sorted(set(ents))]
        doc.set_ents(spacy.util.filter_spans(spans))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)
