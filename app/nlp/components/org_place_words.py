"""Word lists of ``leselupe_org_place_rules`` (see :mod:`app.nlp.org_place_rules`)."""

from __future__ import annotations

import re

from app.lexicon.words import (
    AUSTRIAN_TITLES,
    LICENCE_ENDINGS,
    MONTHS,
    PARTICLES,
    PLACE_NAME_PREPOSITIONS,
    WEEKDAYS,
)


def _words(text: str) -> list[str]:
    return text.split()


# Articles and prepositions that make "Grünen", "Linke", "Union" a party name.
DETERMINERS = frozenset(
    _words(
        """
        die der den des dem von vom bei beim mit für gegen zur zum durch ohne um
        """
    )
)
LEGAL_FORMS = frozenset(
    _words(
        """
        AG GmbH SE KG KGaA OHG mbH eG e.V. e. V. eV Inc. Inc Ltd. Ltd Corp. Corp LLC plc PLC S.A. SA
        N.V. NV B.V. BV S.p.A. SpA AB ASA Co.
        """
    )
)
# Heads of compound names: "Friedrich-Naumann-Stiftung", "Max-Planck-Institut".
COMPOUND_HEADS = (
    "Stiftung",
    "Institut",
    "Universität",
    "Hochschule",
    "Klinikum",
    "Klinik",
    "Gesellschaft",
    "Gymnasium",
    "Schule",
    "Werke",
    "Akademie",
    "Online",
)
# Heads that take "für ..." (or "der ..."/"des ...") to form a name.
FUER_HEADS = frozenset(
    _words(
        """
        Institut Bundesamt Landesamt Bundesministerium Ministerium Staatsministerium Bundesanstalt
        Landesanstalt Bundesagentur Bundeszentrale Landeszentrale Bundesinstitut Zentrum Amt
        Akademie Gesellschaft Bundesverband Verband Stiftung Hochschule Universität Zentralrat
        Bundesrat Kommission Komitee Forschungszentrum Landesinstitut Senatsverwaltung Agentur
        Bundesverwaltungsamt Bundesbeauftragte Rat Zentralstelle Verfassungsgerichtshof
        Staatsgerichtshof Gerichtshof Museum Landesmuseum
        """
    )
)
DER_HEADS = frozenset(
    _words(
        """
        Bundesministerium Ministerium Staatsministerium Universität Hochschule Akademie Zentralrat
        Verband Bundesverband Institut Partei Bund Zentralkomitee Vereinigung Gewerkschaft
        """
    )
)
# "der"-heads whose name takes a singular genitive ("Gewerkschaft der Polizei"); with a
# plural the phrase describes the members ("die Gewerkschaft der Lokführer").
SINGULAR_DER_HEADS = frozenset(_words("Gewerkschaft"))
# Suffixes of feminine nouns (the tagger's number is unreliable on "-er" nouns).
FEMININE_SUFFIXES = ("ung", "ei", "heit", "keit", "schaft", "ion", "tät", "ik", "ur", "enz", "anz")
# Institutions named by a place: "Realschule Spaichingen", "Amtsgericht München".
PLACE_HEADS = frozenset(
    _words(
        """
        Universität Hochschule Fachhochschule Klinikum Uniklinik Universitätsklinikum Amtsgericht
        Landgericht Oberlandesgericht Verwaltungsgericht Oberverwaltungsgericht Sozialgericht
        Landessozialgericht Arbeitsgericht Landesarbeitsgericht Finanzgericht Verwaltungsgerichtshof
        Realschule Gymnasium Grundschule Gesamtschule
        Hauptschule Oberschule Stadtwerke Staatsoper Staatstheater Stadtsparkasse Sparkasse
        Volksbank Kreissparkasse Landesbank Bistum Erzbistum Bezirksgericht Kantonsgericht
        Landesgericht Obergericht Kreisgericht Handelsgericht Heimatverein Sportverein
        Turnverein Kunstverein Schauspielhaus Opernhaus Theater Landestheater Stadttheater
        Ärztekammer Landesärztekammer Zahnärztekammer Handwerkskammer Rechtsanwaltskammer
        Architektenkammer Apothekerkammer Psychotherapeutenkammer Landratsamt Bezirksamt
        Gesundheitsamt Jugendamt Finanzamt Ordnungsamt Stadtverwaltung Kreisverwaltung
        Hauptzollamt Zollamt Kantonsspital Kantonsschule
        Landeskriminalamt Staatsschauspiel Staatskapelle Staatsorchester Staatsgalerie
        Staatsbibliothek Landesbibliothek Staatsarchiv Landesarchiv Landeskirche Erzdiözese
        Diözese Kirchenkreis Dekanat
        """
    )
)
# Last parts of compound heads of hospitals, which a place after them names
# ("Landeskrankenhaus Feldkirch", "Kreiskrankenhaus Prien", "Universitätsspital Basel");
# only before a place (listed, or a name the model found).
PLACE_HEAD_ENDINGS = ("krankenhaus", "krankenhauses", "spital", "spitals", "klinikum", "klinikums")
# Last part of compound heads of courts, which a place after them names ("Volksgericht
# Hanoi", "Militärgericht Kairo"); only compounds ("das Gericht Hanoi" is left to the model).
COURT_HEAD_ENDINGS = ("gericht", "gerichts", "gerichtes")
# Last parts of compound heads of local firms named by their town ("Schlossbrauerei
# Büdingen", "Hofmolkerei Ammerland"); compounds only, as for courts.
FIRM_PLACE_ENDINGS = ("brauerei", "molkerei", "reederei", "brennerei", "kelterei")
# Last parts of compound heads of bodies named by their town or region ("Hafenbetrieb
# Rotterdam", "Landesverkehrsabteilung Oberösterreich", "VR-Bank Westmünsterland",
# "Benediktinerinnenabtei St. Hildegard", "Schützenbruderschaft St. Hubertus"); as for
# courts, compounds only and only before a place or a name the model found there.
BODY_PLACE_ENDINGS = ("bank", "betrieb", "betriebe", "abteilung", "abtei", "bruderschaft")
# "bank" compounds that name a bench or a store, no institution ("auf der Parkbank
# Berlin-Mitte"): a place after them is a place (rev_ents34).
NON_BODY_BANKS = frozenset(
    _words(
        """
        parkbank sitzbank holzbank gartenbank eckbank kirchenbank steinbank schulbank
        werkbank anklagebank ersatzbank reservebank regierungsbank oppositionsbank
        richterbank zeugenbank sandbank nebelbank datenbank sonnenbank hantelbank
        """
    )
)
# Parts of a region after a body's place ("Volksbank Münsterland Nord").
REGION_PARTS = frozenset(_words("Nord Süd Ost West Mitte Nordost Nordwest Südost Südwest"))
# Church districts named by two seats ("Erzbistum München und Freising", "Diözese Linz
# und Steyr" would be one body too).
TWO_SEAT_HEADS = frozenset(_words("Bistum Erzbistum Diözese Erzdiözese"))
# Nouns of a person's life and kin after a name's genitive ("Stanleys Geburtsdatum",
# "Ravens Tod"): the name is a person's (singular nouns only: "Deutschlands Söhne"; not
# "Tochter", "Mutter", "Schwester": a firm's subsidiary, parent and sister in business news,
# "verkaufte Nexoras Tochter an einen Investor").
LIFE_NOUNS = frozenset(
    _words(
        """
        Tod Geburtstag Geburtsdatum Geburtsort Geburtshaus Ehefrau Ehemann Witwe Witwer
        Sohn Vater Bruder Eltern Großvater Großmutter Enkel Enkelin
        Leiche Beerdigung Begräbnis Grab Memoiren Lebensgefährtin Lebensgefährte Lebenswerk
        """
    )
)
# Heads of foundations and publishers written apart after their name ("Robert Bosch
# Stiftung", "Nordlicht Verlag").
SEPARATE_HEADS = frozenset(_words("Stiftung Verlag Verlags Verlages"))
# Common nouns that end organisation names after a place ("Stadtwerke Hameln Holding").
ORG_TAIL_NOUNS = frozenset(_words("Holding Gruppe Stiftung Verlag Werke Bank Kliniken"))
# Last parts of compounds that make an organisation when a first part written with a
# hyphen and "und"/"oder" comes before them ("Deutsches Patent- und Markenamt", "der
# Industrie- und Handelskammer", "Volks- und Raiffeisenbanken"): the hyphen elides this
# head from the first part, so the phrase is one compound name.
_ELIDED_ALONE = ("kammer", "gewerkschaft", "verband", "verbands", "verbandes", "verein", "vereins")
ELIDED_ORG_ENDINGS = (
    "amt",
    "amts",
    "amtes",
    *_ELIDED_ALONE,
    "ministerium",
    "ministeriums",
    "bank",
    "banken",
    "kasse",
    "behörde",
    "anstalt",
    "gericht",
    "gerichts",
    "gerichtes",
)
# Plural heads of bodies (and policy fields): after an elided first part they name kinds
# of bodies, not one ("Landes- und Kommunalbehörden", "Straßen- und Tiefbauämter",
# "Bundes- und Europapolitik"; but "Volks- und Raiffeisenbanken", a group of banks, is a
# name).
ELIDED_PLURAL_KINDS = (
    "behörden",
    "ämter",
    "gerichte",
    "ministerien",
    "verwaltungen",
    "kammern",
    "verbände",
    "vereine",
    "kassen",
    "parlamente",
    "regierungen",
    "politik",
)
# Of these, heads that take the place after them into the name ("Industrie- und
# Handelskammer Kassel-Marburg", as "Handwerkskammer Kassel").
ELIDED_PLACE_ENDINGS = ("amt", "kammer", "gericht", "kasse", "verein")
# And those that make a name with no entity of the model's in it, after an article:
# chambers, unions and associations ("der Industrie- und Handelskammer"); offices, courts,
# banks and funds are common nouns there ("der Kranken- und Pflegekasse", "das Landes- und
# Amtsgericht").
ELIDED_ALONE_ENDINGS = _ELIDED_ALONE
# Suffixes of adjective stems ("deutsch", "frei", "katholisch", "kirchlich").
ADJECTIVE_STEM_ENDINGS = ("isch", "sch", "lich", "ig", "frei", "al", "ell", "iv", "är")
# A country's one court or assembly of its kind, named by its kind alone ("das
# Bundesgericht", "des Verfassungsgerichts", "die Nationalversammlung"): first part + head.
NATIONAL_BODY_PREFIXES = ("Bundes", "Verfassungs", "National")
NATIONAL_BODY_HEADS = frozenset(
    _words("gericht gerichts gerichtes gerichtshof gerichtshofs gerichtshofes versammlung")
)
# Adjectives of a confession: a church, university or community named by one takes the
# place after "in"/"im"/"von" into its name ("Evangelische Kirche im Rheinland",
# "Katholische Universität in Lima", "Evangelisch-Lutherische Kirche in Bayern").
CONFESSION_STEMS = (
    "evangelisch",
    "katholisch",
    "lutherisch",
    "reformiert",
    "orthodox",
    "jüdisch",
    "islamisch",
    "protestantisch",
    "anglikanisch",
    "methodistisch",
    "altkatholisch",
    "neuapostolisch",
)
CONFESSION_PLACE_LINKS = frozenset(_words("in im von"))
# Kinds of states after "für das" in an authority's name ("Verfassungsgerichtshof für das
# Land Berlin"; not "die Kommission für das Jahr 2025").
FUER_DAS_STATES = frozenset(_words("Land Bundesland Fürstentum Königreich Großherzogtum"))
# Roman numerals after a court's place: "Landgericht München I", "Landgericht Berlin II".
COURT_NUMERALS = frozenset(_words("I II III IV"))
# Days and months: no place after an institution's head ("das Finanzamt Montag schließt";
# "Montag" and "Mai" are surnames too, so the lexicon does not call them plain nouns).
DAYS_AND_MONTHS = WEEKDAYS | MONTHS
# English heads after a name: "NBC News", "Harvard University", and the kinds of firms
# ("Hoshino Steel", "Northwind Ventures", "Kanemura Industries").
ENGLISH_HEADS = frozenset(
    _words(
        """
        News Times Post Journal Herald Tribune Gazette Telegraph Chronicle Agency Press University
        College Institute School Foundation Corporation Company Bank Group Airlines Airways Motors
        Records Pictures Studios Entertainment Network Broadcasting Council Committee Association
        Society Party Club Online Steel Capital Ventures Industries Systems Semiconductors
        Automotive Holding Holdings Partners Technologies Solutions Therapeutics
        Pharmaceuticals Logistics Robotics Electronics Chemicals Insurance Investments
        """
    )
)
# Roles of a sports team after a town's genitive: "Stuttgarts Trainer", "Freiburgs
# Kapitän" name the club (German sports news), not the town ("Stuttgarts Oberbürgermeister").
TEAM_ROLES = frozenset(
    _words(
        """
        Trainer Trainerin Cheftrainer Cheftrainerin Co-Trainer Co-Trainerin Kapitän Kapitänin
        Torhüter Torhüterin Torwart Torfrau Keeper Stürmer Stürmerin Torjäger Torjägerin
        Verteidiger Verteidigerin Abwehrchef Innenverteidiger Innenverteidigerin
        Mittelfeldspieler Mittelfeldspielerin Spielmacher Spielmacherin Sportdirektor
        Sportdirektorin Sportvorstand Sportchef Sportchefin Coach Neuzugang Fans Ultras
        """
    )
)
# Gazetteer kinds of a town (a club is named for a town, not a country or a state).
TOWN_KINDS = frozenset({"city", "geonames", "ding"})
# Sports club prefixes: "VfL Osnabrück", "1. FC Köln".
CLUB_PREFIXES = frozenset(
    _words(
        """
        FC SC SV TSV VfB VfL TSG SpVgg FSV BSC SG TuS SSV SSC AC AS CF CD RC KSV Borussia Eintracht
        Fortuna Arminia Alemannia Hansa Dynamo Energie Holstein Rot-Weiss Rot-Weiß Blau-Weiß
        Blau-Weiss Preußen Kickers Stuttgarter
        """
    )
)
# Club abbreviations after a place adjective: "Chemnitzer FC", "Karlsruher SC", "Hamburger SV".
DEMONYM_CLUB_HEADS = frozenset(_words("FC SC SV AK BC HC EHC FV SK TV"))
# Newspaper heads after a place adjective: "Stuttgarter Zeitung", "Kölner Stadt-Anzeiger".
PAPER_HEADS = (
    "Zeitung",
    "Rundschau",
    "Allgemeine",
    "Nachrichten",
    "Morgenpost",
    "Post",
    "Tagblatt",
    "Anzeiger",
    "Kurier",
    "Abendblatt",
    "Abendzeitung",
    "Volksstimme",
    "Merkur",
    "Zeitung am Sonntag",
)
# Capitalised abbreviations that are ordinary nouns or codes, not organisations.
NOT_ORG_ACRONYMS = frozenset(
    _words(
        """
        CD DVD TV PC USB GPS SMS MMS EUR USD CHF GBP KB MB GB TB PS KW MW GW CO2 DNA DNS RNA HIV
        AIDS BIP FAQ PDF HTML URL ID OK SUV LKW PKW ICE IC EC ABS WLAN LTE UKW MP3 CEO CFO COO CTO
        PR IT KI AI VIP WM EM OB MdB MdL NS DDR BRD USA UK UdSSR STR HO XXL XL AM PM BMI IQ NGO UFO
        UV SOS TÜV HSV AKW KZ MRT CT EKG OP NATO II III IV VI VII VIII IX XI XII XIII XIV XV XVI XX
        LP EP DJ MC ISBN ISSN PMID DOI MBA PhD BSc MSc LLM
        """
    )
)
# Nouns that name an organisation's kind before its name: "Nachrichtenagentur KCNA", "des
# Softwarekonzerns SAP" (compounds end in them).
ORG_NOUNS = (
    "agentur",
    "partei",
    "konzern",
    "unternehmen",
    "gewerkschaft",
    "verband",
    "sender",
    "senders",
    "zeitung",
    "behörde",
    "ministerium",
    "bank",
    "firma",
    "hersteller",
    "gruppe",
    "organisation",
    "miliz",
    "bündnis",
    "institut",
    "verein",
    "dienst",
    "geheimdienst",
    "club",
    "klub",
    "team",
    "label",
    "magazin",
    "blatt",
    "portal",
    "netzwerk",
    "sender",
    "fraktion",
    "stiftung",
    "kommission",
    "gericht",
    "rat",
    "versicherer",
    "autobauer",
    "anbieter",
    "betreiber",
    "dienstleister",
    "händler",
    "riese",
    "startup",
    "start-up",
    "holding",
    "organisation",
    "opposition",
    "agency",
)
# Nouns (and compound endings) of a firm's kind: a name with no first name in it that the
# model took for a person right after one is the firm ("der Elektronikkonzern Shinwa
# Denki", "ihr Start-up Lumora", "der Betreiber Nordkohle Mining"; not "der Betreiber
# Max Huber", "die Gruppe Anna und Lena").
FIRM_KIND_NOUNS = ("konzern", "unternehmen", "firma", "startup", "start-up", "gruppe", "holding")
FIRM_OR_PERSON_KIND_NOUNS = (
    "zulieferer",
    "hersteller",
    "betreiber",
    "anbieter",
    "autobauer",
    # ents34: "der Maschinenbauer Trumbach", "vom Investor Spreewerk Ventures", "der
    # Versicherer ...", "der Energieversorger ..."
    "maschinenbauer",
    "investor",
    "versicherer",
    "versorger",
    "discounter",
    "onlinehändler",
    "versandhändler",
)
# ents37: nouns of a firm's kind that never name a person, so a first name and a surname
# right after them are the firm named after its founder ("Das Möbelhaus Wilhelm Brandt",
# "der Spedition Gottlieb Maier", "Der Küchenhersteller Ferdinand Krug"); see
# ``firm_only_kind``. "hersteller" counts only in a compound.
FIRM_ONLY_KIND_ENDINGS = (
    "möbelhaus",
    "autohaus",
    "modehaus",
    "kaufhaus",
    "auktionshaus",
    "bankhaus",
    "spedition",
    "fabrik",
    "schmiede",
    "großhandel",
    "großhandlung",
    "buchhandlung",
    "bäckerei",
    "metzgerei",
    "brauerei",
    "druckerei",
    "gärtnerei",
    "reederei",
    "werft",
)


# ents37: nouns of an organisation's kind before its name that never name a person; the
# news gold leaves them out of the name ("zum dänischen Klub Aalborg Håndbold", "sein
# Verlag Shinchōsha"), compounds too ("Fußballklub").
ORG_APPOSITION_KINDS = (
    "klub",
    "klubs",
    "club",
    "clubs",
    "verein",
    "vereins",
    "verlag",
    "verlags",
    "rennstall",
    "rennstalls",
)
# ents37: heads that are the first word of the name they open ("die Stiftung Mercator",
# "das Museum Folkwang", "vom Team Rhenania").
ORG_NAME_HEADS = frozenset(_words("Stiftung Museum Museums Team Teams"))


def firm_only_kind(text: str) -> bool:
    """'Küchenhersteller', 'Möbelhaus', 'der Spedition', 'des Autohauses': a noun of a
    firm's kind in ``FIRM_ONLY_KIND_ENDINGS`` or a compound of "-hersteller" (also a
    genitive in -s/-es), never a person's role; not "Hersteller" alone (a person can
    be one) and not a hyphenated compound with a name ("Bosch-Fabrik")."""
    if not text[:1].isupper() or "-" in text:
        return False
    low = text.lower()
    stems = [low] + [low[: -len(e)] for e in ("s", "es") if low.endswith(e)]
    return any(
        stem.endswith(FIRM_ONLY_KIND_ENDINGS)
        or (stem.endswith("hersteller") and len(stem) > len("hersteller") + 2)
        for stem in stems
    )


# Generic nouns after a place adjective that make no name: "der Düsseldorfer Konzern"
# (role nouns too: "Düsseldorfer Oberbürgermeisterin"); street and place nouns do
# ("Schwabacher Straße"), and so do clubs and associations in GermEval ("Hamburger
# Mieterverein").
GENERIC_AFTER_DEMONYM = frozenset(
    _words(
        """
        Konzern Konzerns Konzerne Unternehmen Unternehmens Firma Betrieb Betriebs Raum Raums
        Umland Gegend Region Stadtgebiet Innenstadt Publikum Fans Polizei Staatsanwaltschaft
        Stadtverwaltung Stadtrat Rathaus Verwaltung Justiz Richter Gericht Landgericht
        Amtsgericht Behörden Behörde Schützengesellschaft
        """
    )
)
# Place kinds from the handwritten lists and ISO names: safe to add where the model found
# nothing. City names from GeoNames and Ding ("geonames", "ding") include words like
# "Ihren" or "Esten": they only relabel what the model found.
STRONG_PLACE_KINDS = frozenset({"country", "region", "city", "iso", "building"})
LOCATIVE = frozenset(
    _words(
        """
        in nach aus bei von vom im ins nahe zwischen über durch um bis ab an am zu zur nördlich
        südlich östlich westlich
        """
    )
)
ROMAN = re.compile(r"^[IVXLCDM]+$")

# Heads of place names written as one compound: streets, squares, bridges, huts, fountains,
# monuments ("Stösserstraße", "Salmhütte", "Najadenbrunnen", "Konrad-Adenauer-Platz").
# A compound with such a head is a place only when the lexicon does not know the word
# ("Marktplatz", "Seitenstraße" and "Flugplatz" are ordinary nouns).
PLACE_COMPOUND_HEADS = (
    "straße",
    "strasse",
    "gasse",
    "allee",
    "platz",
    "brücke",
    "hütte",
    "brunnen",
    "denkmal",
    "damm",
    "ufer",
)
# Singular road nouns after a capitalised word inside a sentence: a street's name ("an der
# Breiten Straße", "in der Hammer Straße"; German writes the common nouns as one word).
ROAD_NOUNS = frozenset(_words("Straße Strasse Allee Gasse Chaussee"))
# Their endings: a span of several words ending in one is a road ("Ben Jehudastraße"),
# never an organisation or a person.
ROAD_ENDINGS = tuple(sorted(w.lower() for w in ROAD_NOUNS))
# English road nouns at the end of a name and Romance nouns of squares, roads and
# buildings at its start: a place to a reader and in GermEval ("Fifth Avenue" LOC), never
# an organisation or a person ("H Street", "Sunset Boulevard", "Piazza Navona", "Plaza
# de Mayo", "Palazzo Chigi", "Villa Borghese").
ENGLISH_ROAD_NOUNS = frozenset(_words("Street Avenue Boulevard Road"))
ROMANCE_PLACE_HEADS = frozenset(_words("Piazza Piazzale Plaza Palazzo Avenida Calle Praça Villa"))
# Words an entity never ends with ("Repräsentantenhaus von", "Stadtsyndicus von").
TRAILING_FUNCTION_WORDS = frozenset(
    _words(
        """
        von vom der die das des dem den und oder für im in am an zu zur zum bei mit aus auf
        of the and for in at on to
        """
    )
)
# English function words an organisation or place never starts with ("of Business ...").
LEADING_ENGLISH_WORDS = frozenset(_words("of for and at on to in"))
# Letters and digits: a product, line or model code ("U12", "S600", "A4"), no name.
CODE_WORD = re.compile(r"^[A-Z]{1,2}\d+[a-z]?$")
# Articles before a lone role noun ("der Bürgermeister").
ARTICLES = frozenset(_words("der die das dem den des ein eine einen einem eines einer"))
# English titles of nobility, which the German role lexicon lacks: after an article they
# stand for a person named elsewhere ("Der Earl übernahm das Kommando", "des Dukes").
ENGLISH_TITLES = frozenset(
    _words("Earl Earls Duke Dukes Duchess Lord Lords Lady Viscount Viscounts Marquess Baronet")
)
# Heads of names of languages and language groups, which GermEval tags OTH (no label
# here): "die Westsudanesischen Sprachen", "der Romanischen Sprachfamilie".
LANGUAGE_HEADS = ("sprache", "sprachen", "sprachfamilie", "sprachgruppe", "dialekte")
# Licences are documents (GermEval OTH), no organisations: "GNU General Public License",
# "Creative-Commons-Lizenz", and the short form in parentheses after one ("(GPL)").
LICENCE_HEADS = LICENCE_ENDINGS
# Endings and beginnings of place names ("Weitingen", "Arzberg", "Datterode", "Nordhessen",
# "Oberitalien"): an unknown word of this shape taken for a place is left a place.
PLACE_SHAPE = re.compile(
    r"(burg|ingen|dorf|hausen|heim|stadt|städt|berg|bach|feld|felde|furt|hafen|kirchen|born"
    r"|rode|leben|stedt|stett|see|tal|land|ien|ia|wald|au|ow|itz|in|um|ach|ich|en|gebirge|"
    + "|".join(PLACE_COMPOUND_HEADS)
    + r")s?$"
)
PLACE_PREFIX = re.compile(r"^(Nord|Süd|Ost|West|Ober|Unter|Mittel|Groß|Klein|Alt|Neu|Bad|Sankt)")
# Nouns that name the kind of place after them ("die Gemeinde Füchtorf").
PLACE_KIND_NOUNS = frozenset(
    _words(
        """
        Stadt Gemeinde Dorf Ort Ortsteil Stadtteil Kreis Landkreis Bezirk Region Provinz Kanton
        Insel Fluss Berg See Tal Halbinsel Hauptstadt Kleinstadt Großstadt Marktgemeinde
        Weiler Gebiet Staat Bundesstaat Land Departement Grafschaft Stadtbezirk Kloster Stift
        Abtei Schloss Burg Kraftwerk Atomkraftwerk Flughafen Bahnhof Hafen Gipfel Gebirge
        """
    )
)
# Prepositions of place besides LOCATIVE ("auf Vorovoro", "Richtung X").
PLACE_PREPOSITIONS = frozenset(_words("auf aus vor hinter unweit oberhalb unterhalb jenseits"))
# Words that join the items of a list ("Homburg und Wiehl").
LIST_LINKS = frozenset(_words(", und oder sowie bis"))
# Verbs whose subject is a place ("Réauville liegt ..."), as written (the rules run before
# the lemmatizer).
PLACE_VERBS = frozenset(
    _words("liegt liegen lag lagen grenzt grenzen grenzte befindet erstreckt erstrecken")
)
# Last words of names of buildings and landscapes, places in GermEval's convention
# ("Westminster Hall", "Olde Burg", "Bayerischer Wald").
BUILDING_HEADS = frozenset(
    _words(
        """
        Burg Schloss Kirche Kapelle Dom Kathedrale Basilika Moschee Synagoge Tempel
        Turm Tor Brücke Platz Straße Allee Gasse Park Garten Wald Gebirge Berg Tal See Insel
        Hall Castle Tower Bridge Square Abbey Cathedral Hill Hills Lane
        """
    )
)
# Last words of names of states, empires, seas and rivers, places in GermEval's
# convention and to a reader, which the model takes for organisations ("das Osmanische
# Reich", "des Heiligen Römischen Reiches", "den Atlantischen Ozean", "Hudson River").
STATE_HEADS = frozenset(
    _words(
        """
        Reich Reiches Reichs Kaiserreich Kaiserreichs Königreich Königreichs Zarenreich
        Zarenreichs Fürstentum Fürstentums Herzogtum Herzogtums Großherzogtum Großherzogtums
        Imperium Imperiums Empire Ozean Ozeans Meer Meeres River
        """
    )
)
# Heads of names that are institutions after an adjective ("die Katholische Kirche",
# "der Evangelischen Kirche"), buildings after a name ("Marien Kirche" is rare; the
# compounds "Marienkirche" are places).
INSTITUTION_BUILDING_HEADS = frozenset(_words("Kirche Kirchen"))
# Nouns (and compound endings) of works: a title in quotation marks right after one is
# the work's title, GermEval's OTH and no organisation or place to a reader ("die
# Talkshow „The Talking Dead“", "des Musicals „The Wiz“", "im Song „Till Death Do Us
# Part“"). Periodicals stay out: GermEval tags "Magazins „The Face“" ORG.
WORK_NOUN_ENDINGS = (
    "film",
    "roman",
    "buch",
    "album",
    "song",
    "single",
    "musical",
    "serie",
    "sendung",
    "show",
    "gedicht",
    "komödie",
    "tragödie",
    "drama",
    "thriller",
    "krimi",
    "hörspiel",
    "videospiel",
    "computerspiel",
    "ballett",
    "sinfonie",
    "symphonie",
    "gemälde",
    "episode",
    "dokumentation",
    "doku",
    "reportage",
    "theaterstück",
    "operette",
    "novelle",
    "erzählung",
)
# Short work nouns that end other words too ("Grundstück", "Mitglied", "Staatsoper"):
# only as a whole word or in these compounds.
WORK_NOUNS = frozenset(
    _words(
        """
        Stück Stücks Theaterstück Theaterstücks Bühnenstück Musikstück Hit Hits Oper Lied
        Liedes Volkslied Kinderlied Titel Titels Arbeitstitel Albumtitel Songtitel
        """
    )
)
# Particles between the words of a person's name ("Giacomo della Porta") that make an
# organisation the model found a person: not the German prepositions ("vom",
# "zu", "zur": "Gasthaus zur Post"), the articles ("la", "le", "el", "al", "das") and the
# conjunction "y" that organisation and place names hold too; "bin", "ibn", "dei" and "do"
# were never in this list (adding them is a change to measure). The Filipino/Italian "dela",
# "delos", "delas", "delle", "degli" came in with the one list (session 23).
NAME_PARTICLES = PARTICLES - frozenset(_words("vom zu zur la le el al das y bin ibn ben dei do"))
# Endings of compounds that name a kind of place ("Fischerort", "Inselhauptstadt",
# "Mondkrater", "Komitat").
PLACE_KIND_ENDINGS = (
    "ort",
    "stadt",
    "gemeinde",
    "dorf",
    "kreis",
    "bezirk",
    "krater",
    "insel",
    "komitat",
    "provinz",
    "region",
    "kanton",
    "gebiet",
    "fluss",
    "flusses",
    "berg",
    "gebirge",
    "tal",
    "see",
    "hafen",
)
# Beginnings of directions ("im Norden", "im Südwesten").
COMPASS = ("Nord", "Süd", "Ost", "West")
# Lowercase links inside a place name that a company name can hold ("Roburit-Fabrik
# Witten a. d. Ruhr GmbH", "Mülheim an der Ruhr GmbH", "Frankfurt am Main").
PLACE_NAME_LINKS = (("a.", "d."), ("an", "der"), ("am",), ("a.",), ("ob", "der"), ("a.d.",))
# One-word league names and their last words ("3. Liga", "Bundesliga"): no names in
# GermEval (5 of 5 "Liga" unannotated).
LEAGUE_ENDING = "liga"

# News conventions (``news``, :mod:`.org_place_news`).
# Dashes after a dateline ("Lindau - ...", "Bern (sda) – ...").
DATELINE_DASHES = frozenset({"-", "–", "—"})
# Lowercase words inside a place name of a dateline ("Santiago de Chile", "Viña del Mar",
# "Frankfurt am Main", "Halle an der Saale").
DATELINE_PARTICLES = frozenset(_words("de del della di da do dos la las los el am an der im ob"))
# Links between a town and the lake or river it lies at ("Wasserburg am Bodensee", "Halle
# an der Saale", "Rothenburg ob der Tauber"); "im"/"in der" more often say where a place
# lies than name it ("Erlenbach im Kanton Zürich", "Makalu im Himalaya").
PLACE_LINK_WORDS = (("an", "der"), ("ob", "der"), ("am",))
# Gazetteer kinds of a place that is no town: a country or state is not named by its lake
# or river ("in Italien am Gardasee").
WEAK_PLACE_LINK_KINDS = frozenset({"country", "iso", "region"})
# Place-kind nouns that open a span but are no part of the name ("Provinz Quảng Ninh",
# "Stadt Jena"; GermEval: "die Stadt Halle", "den Kanton Baselland"). "Landkreis",
# "Kreis" and (ents36) "Kanton" are parts of the name in the news gold ("Landkreis
# Cloppenburg", "Kanton Neuenburg": the official names, see NAME_PLACE_KINDS); their
# genitives are not ("des Landkreises X" -> "X"; GermEval: "des Kantons Bern"), nor are
# the genitives of the other kinds of districts ("des Bezirks X", "des Bundesstaates X").
SPAN_PLACE_KINDS = frozenset(
    _words(
        """
        Stadt Gemeinde Marktgemeinde Provinz Region Bundesstaat Insel Departement Dorf
        Hauptstadt Kantons Bundesstaates Bundesstaats Departements Dorfes Landkreises Kreises
        Bezirks Bezirkes Stadtbezirks Regierungsbezirks Distrikts Stadtteils Ortsteils
        Verwaltungsbezirks Landesteils Hallig
        """
    )
)
# ents36: place-kind nouns that are part of a district's official name when not in the
# genitive ("im Kanton Neuenburg", "der Landkreis Uelzen", "im Kreis Borken"; the news
# gold spans them so): a place right after one, that the model found without it, takes it.
NAME_PLACE_KINDS = frozenset(_words("Kanton Landkreis Kreis"))
# Heads that open a Romance institution's name ("Teatro São Luiz", "Museo del Prado",
# "Universidad de Chile"), and the particles inside such names.
ROMANCE_HEADS = frozenset(
    _words(
        """
        Teatro Théâtre Museo Musée Museu Universidad Universidade Università Université
        Instituto Istituto Banco Orquesta Orchestre Orquestra
        """
    )
)
ROMANCE_PARTICLES = frozenset(
    _words("de del della delle dei di da do dos das des du la le las los el alla al y e")
)
# Last parts of compounds that name a prize, a benefit, a tax or a law, never an
# organisation or a place ("des Deutschen Buchpreises", "den Georg-Büchner-Preis", "des
# Bürgergelds", "das Deutschlandticket").
NOT_NAME_HEADS = (
    "preis",
    "preises",
    "preise",
    "award",
    "awards",
    "medaille",
    "geld",
    "gelds",
    "geldes",
    "gesetz",
    "gesetzes",
    "steuer",
    "rente",
    "zuschlag",
    "zuschlags",
    "ticket",
    "tickets",
    "prämie",
    "pauschale",
)
# Members of a party in the plural name the party ("die Freien Demokraten", "der
# Schwedischen Sozialdemokraten"), though they are role words.
PARTY_MEMBER_ENDINGS = (
    "demokraten",
    "liberalen",
    "sozialisten",
    "kommunisten",
    "konservativen",
    "republikaner",
    "grünen",
    "linken",
    "wähler",
    "wählern",
    "patrioten",
    "nationalisten",
    "unabhängigen",
)
# A town's administration or council: a name after "von"/"aus" is the town ("die
# Stadtverwaltung von Bursa", "der Gemeinderat von Zermatt").
TOWN_BODY_ENDINGS = (
    "stadtverwaltung",
    "gemeindeverwaltung",
    "kreisverwaltung",
    "stadtrat",
    "gemeinderat",
    "stadtparlament",
    "rathaus",
    # ents36: a district's assembly ("im Kreistag von X")
    "kreistag",
)
# ents36: a government before "von" and a listed place ("die Regierung von Japan";
# GermEval: one known place after a noun and "von" is a place 19 times, never an
# organisation); not before an unknown name ("die Regierung von Orbán": its head).
GOVERNMENT_ENDINGS = ("regierung",)
# Parts of a town named with its place adjective ("die Herforder Altstadt", "der Kölner
# Innenstadt"): no organisation.
TOWN_PART_NOUNS = frozenset(
    _words("Altstadt Innenstadt Vorstadt Stadtmitte Umland Fußgängerzone Hafenviertel")
)
# Prepositions after which a listed place that is also a word is the place ("aus Sachsen",
# "nach Polen", "aus Novi Sad", "von Viña del Mar").
# Not "auf", which opens the object of many verbs and nouns ("Lust auf Essen", "Druck auf
# Halle"): a listed place that is also a word is no place after it.
PLACE_PREPOSITIONS_STRICT = PLACE_NAME_PREPOSITIONS - {"auf"}
# Prepositions before which a town of the GeoNames list counts alone ("aus Regensburg";
# not "von": "Lars von Trier").
TOWN_PREPOSITIONS = frozenset(_words("in nach aus"))
# Roles of a town or state: the name after "von" is a place ("Bürgermeister von Oberursel",
# "Gouverneurin von Kalifornien").
PLACE_ROLE_ENDINGS = (
    "bürgermeister",
    "bürgermeisterin",
    "landrat",
    "landrätin",
    "gouverneur",
    "gouverneurin",
    "bischof",
    "bischöfin",
)
# Inflected lowercase adjectives of countries and peoples ("indischen", "schwedische").
ISCH_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem")
# Last parts of compound nouns that name a company's kind before its name and are never a
# person's role ("der Elektronikkonzern Shirakawa Denki", "der Privatbank Hürlimann & Cie").
# ents35: heads of compound nouns of firms' kinds in news reports ("vom
# Wagniskapitalgeber X", "der Windparkprojektierer X", "der Schienenfahrzeugbauer X"); a
# person can be one too: a first name after them stays a person ("der
# Windparkprojektierer Jan Möller").
PERSON_OR_FIRM_KIND_ENDINGS = (
    "kapitalgeber",
    "kapitalgebers",
    "projektierer",
    "projektierers",
    "fahrzeugbauer",
    "fahrzeugbauers",
    "anlagenbauer",
    "anlagenbauers",
)
COMPANY_KIND_ENDINGS = (
    "konzern",
    "konzerns",
    "bank",
    "unternehmen",
    "unternehmens",
    "versicherer",
    "versicherers",
    "zulieferer",
    "zulieferers",
    "hersteller",
    "herstellers",
    "reederei",
    "brauerei",
    "verlag",
    "verlags",
    "agentur",
    "behörde",
    "versorger",
    "versorgers",
    "anbieter",
    "anbieters",
    "dienstleister",
    "dienstleisters",
    "softwarehaus",
    "softwarehauses",
    *PERSON_OR_FIRM_KIND_ENDINGS,
)
# Last parts of compound nouns of an association's kind before its name ("des
# Sozialverbands VdK", "vom Verbraucherverband Codacons", "der Lehrergewerkschaft GEW").
BODY_KIND_ENDINGS = ("verband", "verbands", "verbandes", "gewerkschaft")
# Verbs of scoring after "für" + a club's town ("Für Nürnberg traf X", "für Stuttgart
# verkürzte X", "Die Tore für Paderborn erzielten X"): the town names the team.
SCORING_VERBS = frozenset(
    _words(
        """
        traf trafen trifft erzielte erzielten erzielt verkürzte verkürzten verkürzt glich
        netzte netzten
        """
    )
)
# Company kinds that never open a name on their own: after an adjective they are no part
# of the name that follows ("das Berliner Start-up Kelpwerk", "der Düsseldorfer Versorger
# Rheinwerk Energie").
BARE_COMPANY_KINDS = frozenset(
    _words(
        """
        start-up start-ups startup startups versorger versorgers energieversorger
        energieversorgers anbieter anbieters dienstleister dienstleisters softwarehaus
        softwarehauses
        """
    )
)
# Building heads of a place only after hyphenated name parts ("St.-Paulus-Dom",
# "Kaiser-Wilhelm-Gedächtniskirche"); alone they end ordinary words ("Fandom").
HYPHEN_PLACE_HEADS = (
    "dom",
    "kirche",
    "kathedrale",
    "basilika",
    "kapelle",
    "moschee",
    "synagoge",
    "stadion",
    "arena",
    "sportfeld",
)
# Last parts of nouns of papers, journals, magazines, broadcasters and agencies (matched
# with endswith: "magazin" covers "Nachrichtenmagazin"): a name in quotation marks after
# them is the organisation ("im Fachblatt „Science“", "der Zeitung „Cumhuriyet“").
MEDIA_KIND_ENDINGS = (
    "zeitung",
    "zeitschrift",
    "blatt",
    "blatts",
    "blattes",
    "journal",
    "journals",
    "magazin",
    "magazins",
    "sender",
    "senders",
    "agentur",
    "portal",
    "portals",
    "verlag",
    "verlags",
)
OPENING_QUOTES = frozenset({"„", '"', "“", "«", "»", "‚", "'"})
# Public bodies named by the place they serve: "Polizei Oldenburg", "Feuerwehr Hameln",
# "Kunsthalle Bremen" (only before a listed place; "Wiener Polizei" is no name).
LOCAL_BODY_HEADS = frozenset(
    _words(
        """
        Polizei Kriminalpolizei Bundespolizei Wasserschutzpolizei Polizeipräsidium
        Polizeidirektion Polizeiinspektion Feuerwehr Berufsfeuerwehr
        Diakonie Caritas Kunsthalle Literaturhaus Schauspiel
        Kunstmuseum Stadtmuseum Landesmuseum Stadtbibliothek Volkshochschule
        Staatsanwaltschaft Generalstaatsanwaltschaft Sternwarte Festspielhaus
        Bezirksvertretung Bezirksregierung
        """
    )
)
# Last parts of compound names of police, rescue and fire services, which a place after
# them names ("Kriminalpolizeiinspektion Gera", "Kantonspolizei Zürich", "Bergrettung
# Sölden", "Werkfeuerwehr ...").
LOCAL_BODY_ENDINGS = (
    "polizei",
    "polizeiinspektion",
    "polizeidirektion",
    "polizeipräsidium",
    "feuerwehr",
    "bergrettung",
    "wasserrettung",
    # only the genitive: "des Weinbauverbands Pfalz"; the nominative is often the subject
    # before an object ("nachdem der Weltverband Russland ausgeschlossen hatte")
    "verbands",
    "verbandes",
)
# Academic titles written before a person's name, never a part of an organisation or place
# ("Personalvorständin Dr. X": neither the role nor the title is a name).
ACADEMIC_TITLES = (
    frozenset(_words("Dr. Dr Prof. Prof Dipl.-Ing. Dr.-Ing. Mag. Dres. PD")) | AUSTRIAN_TITLES
)
# Nouns of a town's kind that are no name alone ("durch die Hansestadt", "des Kreises").
LONE_KIND_NOUNS = frozenset(_words("Hansestadt Landeshauptstadt Kreisstadt Kreis Kreises"))
# Heads of firms named by a place that name the local firm alone too ("von der Sparkasse
# finanziert": GermEval tags it ORG), unlike "des Bistums" or "von Feuerwehr, THW".
LONE_FIRM_HEADS = frozenset(
    _words("Sparkasse Stadtsparkasse Kreissparkasse Volksbank Landesbank Stadtwerke")
)
# Last parts of the names of parties, orchestras, clubs and associations, which are never
# places ("der Sozialistischen Partei", "vom Concertgebouworkest", "des Börsenvereins").
NO_PLACE_ORG_ENDINGS = (
    "partei",
    "orchester",
    "orchesters",
    "orkest",
    "philharmoniker",
    "verein",
    "vereins",
    "vereines",
    "verband",
    "verbands",
    "verbandes",
)
# Adjectives that open a local body's name: "Freiwillige Feuerwehr Ergolding".
LOCAL_BODY_ADJECTIVES = frozenset(_words("Freiwillige Freiwilligen"))
# A state parliament with "von" and the state: "Landtag von Sachsen-Anhalt".
STATE_PARLIAMENTS = frozenset(_words("Landtag Landtags Landtages Abgeordnetenhaus"))
# Last parts of nouns of events, which GermEval tags OTH (no label here): "Berliner
# Halbmarathon", "Deutschen Meisterschaften", "Parlamentswahl".
EVENT_ENDINGS = (
    "marathon",
    "marathons",
    "meisterschaft",
    "meisterschaften",
    "wahl",
    "wahlen",
    "krieg",
    "krieges",
    "kriegs",
    "revolution",
    "parteitag",
    "parteitags",
    "parteitages",
    "aufstand",
    "aufstands",
    "aufstandes",
    "krise",
    "ligaspiel",
    "ligaspiele",
    "ligaspielen",
    "ligaspiels",
    "pokal",
    "pokals",
)
# Event endings that are names of events after an adjective too, GermEval's OTH: "die
# Französische Revolution", "der Republikanische Parteitag", "im Dreißigjährigen Krieg".
ADJECTIVE_EVENT_ENDINGS = frozenset(
    _words("krieg krieges kriegs revolution parteitag parteitags parteitages aufstand krise")
)
# Event endings that end other nouns too: "Auswahl" (a selection, a national team: "die
# U21-Auswahl") is no election.
NO_EVENT_ENDINGS = ("auswahl",)
# English words after "Miss"/"Mister" that name a beauty contest, not a surname: "Miss
# Universe", "Mister World" (and places: "Miss Germany").
CONTEST_WORDS = frozenset(_words("Universe World Earth International Supranational Grand"))
# English and French forms of address before a person's name, no part of it ("Miss
# Parker"); German ones the model already leaves out.
HONORIFICS = frozenset(
    _words("Miss Mister Mr Mr. Mrs Mrs. Ms Ms. Madame Mademoiselle Monsieur Mme. Mlle.")
)
# "St. Peter", "Sankt Marien" after a church or parish noun: the church or parish, a place
# ("Gemeinde St. Johann" is a place in either reading).
SAINTS = frozenset(_words("St. Sankt St Hl."))
# The church buildings: "Dom St. Salvator", "Hauptkirche St. Michaelis" are places
# (GermEval tags "St. Nikolauskapelle", "St. Franziskuskirche" LOC).
CHURCH_BUILDING_ENDINGS = ("kirche", "kapelle", "dom", "münster", "basilika", "kathedrale")
# ... and the parishes ("Gemeinde St. Peter"), not buildings.
CHURCH_ENDINGS = (*CHURCH_BUILDING_ENDINGS, "gemeinde", "pfarrei")
# "-kapelle" of a band, not a chapel ("Blaskapelle St. Georg", "Musikkapelle Sankt Johann").
BAND_KAPELLE_ENDINGS = tuple(
    f"{p}kapelle"
    for p in _words(
        "blas musik tanz militär feuerwehr jugend trachten werks knappen polizei hof stadt kur"
        " salon show schützen bundeswehr"
    )
)
